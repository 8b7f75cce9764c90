/** A problem found in a content file, reported as `file:line  field: problem (hint)`. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/events/spacex-ban.yaml`. */
  file: string;
  line?: number | undefined;
  /** The field or part of the file, e.g. `sources[0].url`, `body`, `frontmatter`. */
  field: string;
  message: string;
  hint?: string | undefined;
}

export function formatProblem(p: Problem): string {
  return visible(`${p.file}${p.line ? `:${p.line}` : ''}  ${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
}

/**
 * Problems quote content (file names, field names, values), and content is untrusted: a file named
 * "a<newline>content check passed.yaml" or holding terminal escape codes (ESC [2J) must not forge or
 * hide lines of the report in a terminal or a CI log. Control, bidirectional and line-separator
 * characters are shown as \u{...} instead.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
export const visible = (text: string): string => text.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);

export function formatProblems(problems: Problem[]): string {
  return [...problems]
    .sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1))
    .map(formatProblem)
    .join('\n');
}

/** `["sources", 0, "url"]` -> `sources[0].url` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}
