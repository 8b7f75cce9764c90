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
  return `${p.file}${p.line ? `:${p.line}` : ''}  ${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

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
