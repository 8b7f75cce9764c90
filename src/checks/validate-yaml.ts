/**
 * Parses YAML (a data file or an MDX frontmatter block) and validates it against a schema, turning
 * every schema issue into a Problem with the line it points at. Only for use in Node (checks, CLI).
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problem.ts';

export interface Parsed<T> {
  data?: T;
  /** Line of a field path in the file, for later checks. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  problems: Problem[];
}

/**
 * YAML 1.1 like Astro's loader, so an unquoted date becomes a date object here too and the schema
 * asks for quotes, instead of passing the check and failing (or losing its zone) in the build.
 */
export function validateYaml<S extends z.ZodType>(source: string, schema: S, file: string, lineOffset = 0): Parsed<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, version: '1.1', prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(doc, path, lineAt) ?? (lineOffset || 1);
  const problems: Problem[] = [];

  for (const error of doc.errors) {
    problems.push({
      file,
      line: lineAt(error.pos[0]),
      field: 'yaml',
      message: error.message.split('\n')[0]!,
      hint: error.code === 'DUPLICATE_KEY' ? 'each field may appear only once' : 'check indentation, colons and quotes on this line',
    });
  }
  if (problems.length > 0) return { lineOf, problems };

  const raw: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, lineOf, problems };

  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({ file, line: lineOf(path), field: fieldPath(path), message: 'is not a known field', hint: 'check the spelling; CONTRIBUTING.md lists every field' });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined;
    problems.push({
      file,
      line: lineOf(issue.path),
      field: fieldPath(issue.path) || 'frontmatter',
      message: missing ? 'is missing' : issue.message,
      hint: missing ? `add it: ${issue.message}` : undefined,
    });
  }
  return { lineOf, problems };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The line of the deepest existing node on the path (a missing field points at its parent). */
function lineOfPath(doc: Document, path: readonly PropertyKey[], lineAt: (o: number | undefined) => number | undefined): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth) as (string | number)[];
    if (depth > 0) {
      const parent = depth === 1 ? doc.contents : doc.getIn(sub.slice(0, -1), true);
      const key = sub[sub.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
        const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
        if (range) return lineAt(range[0]);
      }
    }
    const node = depth === 0 ? doc.contents : doc.getIn(sub, true);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) return lineAt(range[0]);
  }
  return undefined;
}
