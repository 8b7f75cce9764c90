/**
 * Parses YAML (a data file or an MDX frontmatter block) with the content reader's one YAML parser
 * (src/reader/yaml.ts) and validates it against a schema, turning every schema issue into a Problem
 * with the line it points at. Only for use in Node.
 */
import type { z } from 'astro/zod';
import { parseYaml } from '../reader/yaml.ts';
import { fieldPath, type Problem } from './problem.ts';

export interface Parsed<T> {
  data?: T;
  /** The parsed YAML before validation (for checks that can still use a valid part). */
  raw?: unknown;
  /** Line of a field path in the file, for later checks. */
  lineOf: (path: readonly PropertyKey[]) => number;
  problems: Problem[];
}

export function validateYaml<S extends z.ZodType>(source: string, schema: S, file: string, lineOffset = 0): Parsed<z.output<S>> {
  const parsed = parseYaml(source, file, lineOffset);
  const { lineOf } = parsed;
  if (parsed.problems.length > 0) return { lineOf, problems: parsed.problems };
  const raw = parsed.value;
  return { raw, lineOf, ...validate(raw, schema, file, lineOf) };
}

/** Validates plain data against a schema, with editor-facing problems. */
/**
 * Problems reported for one file, at most: a file of 40,000 unknown fields is one mistake (or an
 * attack on the check's time), not 40,000 lines to read.
 */
export const MAX_PROBLEMS_PER_FILE = 20;

export function validate<S extends z.ZodType>(
  raw: unknown,
  schema: S,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): { data?: z.output<S>; problems: Problem[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      problems: [
        {
          file,
          line: lineOf([]),
          field: 'yaml',
          message: 'the file must be a set of fields ("name: value" lines)',
          hint: 'copy an existing file and change its values',
        },
      ],
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  const total = result.error.issues.reduce((n, issue) => n + (issue.code === 'unrecognized_keys' ? issue.keys.length : 1), 0);
  for (const issue of result.error.issues) {
    if (problems.length >= MAX_PROBLEMS_PER_FILE) break;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys.slice(0, MAX_PROBLEMS_PER_FILE - problems.length)) {
        const path = [...issue.path, key];
        problems.push({
          file,
          line: lineOf(path),
          field: fieldPath(path),
          message: 'is not a known field',
          hint: 'check the spelling; CONTRIBUTING.md lists every field',
        });
      }
      continue;
    }
    const value = valueAt(raw, issue.path);
    const missing = issue.code === 'invalid_type' && value === undefined;
    const wrongType = issue.code === 'invalid_type' && value !== undefined;
    problems.push({
      file,
      line: lineOf(issue.path),
      field: fieldPath(issue.path) || 'yaml',
      message: missing ? 'is missing' : issue.message,
      hint: missing
        ? `add it: ${issue.message}`
        : wrongType && (value === null || typeof value === 'boolean')
          ? `YAML read this as ${JSON.stringify(value)}; put the text in quotes`
          : undefined,
    });
  }
  if (total > problems.length)
    problems.push({ file, field: 'yaml', message: `and ${total - problems.length} more problems in this file`, hint: 'fix the ones above first' });
  return { problems };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
