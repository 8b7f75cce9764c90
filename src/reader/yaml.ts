/**
 * The one YAML parser of content: data files and article frontmatter, for the content check and the
 * build alike, so what passes `npm run check` builds. YAML 1.2, core schema (the `yaml` package), with
 * the parts of YAML that surprise editors or can be turned against the build refused, each as a
 * `file:line  field: problem (fix)`:
 * - tags (`!!js/function`, `!!binary`, `!custom`, even `!!str`): content is plain data;
 * - more than MAX_ALIASES aliases (an alias bomb expands exponentially);
 * - duplicate keys, keys that are not plain text, more than one document;
 * - unquoted `yes`, `no`, `on`, `off`, `y`, `n`: YAML 1.1 tools read them as true/false, YAML 1.2 as text;
 * - unquoted values YAML turns into numbers (`0x1F` is 31, `1e3` is 1000, `1.10` is 1.1): no field takes a number.
 * Only for use in Node.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { fieldPath, type Problem } from '../checks/problem.ts';
import { noteAccess } from './files.ts';

/** Aliases allowed in one file (`*name` reusing an `&name` value). */
export const MAX_ALIASES = 10;

const AMBIGUOUS_WORDS = new Set(['yes', 'no', 'on', 'off', 'y', 'n']);

export interface ParsedYaml {
  /** The plain JavaScript value, when the file has no problem. */
  value?: unknown;
  /** Line of a field path in the file, for later checks (the nearest existing parent when missing). */
  lineOf: (path: readonly PropertyKey[]) => number;
  problems: Problem[];
}

export function parseYaml(source: string, file: string, lineOffset = 0): ParsedYaml {
  noteAccess('yaml', file);
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  // uniqueKeys is checked below, in one pass: the yaml package compares every key with every other
  // (a 500 kB file of 40,000 keys took 14 s).
  const doc = parseDocument(source, { lineCounter, version: '1.2', schema: 'core', merge: false, prettyErrors: false, uniqueKeys: false, strict: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? lineOffset || 1 : lineCounter.linePos(offset).line + lineOffset);
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(doc, path, lineAt) ?? (lineOffset || 1);
  const add = (offset: number | undefined, path: readonly unknown[], message: string, hint: string) =>
    problems.push({
      file,
      line: lineAt(offset),
      field: fieldPath(path.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number')) || 'yaml',
      message,
      hint,
    });

  for (const error of doc.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    add(
      error.pos[0],
      [],
      duplicate ? 'a field appears twice' : error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      duplicate ? 'each field may appear only once; remove or merge the second one' : 'check indentation, colons and quotes on this line',
    );
  }
  if (problems.length > 0) return { lineOf, problems };

  let aliases = 0;
  visit(doc, {
    Pair(_, pair, path) {
      if (pair.key !== null && !(isScalar(pair.key) && typeof pair.key.value === 'string')) {
        add(
          isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? pair.key.range?.[0] : undefined,
          keysOf(path),
          'a field name must be plain text',
          'write field names as in CONTRIBUTING.md, e.g. "title:"',
        );
      }
    },
    Node(_, node, path) {
      const at = node.range?.[0];
      if (isMap(node)) {
        // (A Map visitor of its own would replace this one for maps, and with it the tag check.)
        const seen = new Set<unknown>();
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? pair.key.value : pair.key;
          if (seen.has(key))
            add(
              isScalar(pair.key) ? pair.key.range?.[0] : undefined,
              [],
              'a field appears twice',
              'each field may appear only once; remove or merge the second one',
            );
          seen.add(key);
        }
      }
      const where = [...keysOf(path), ...ownKey(path, node)];
      if (isAlias(node)) {
        aliases++;
        if (aliases === MAX_ALIASES + 1)
          add(at, where, `more than ${MAX_ALIASES} YAML aliases (*name)`, 'write the values out instead of reusing them with &name and *name');
        return;
      }
      if (node.tag) {
        add(
          at,
          where,
          `the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed: content is plain text, lists and fields`,
          'remove the tag and write the value in quotes',
        );
        return;
      }
      if (!isScalar(node) || node.type !== 'PLAIN') return;
      if (typeof node.value === 'string' && AMBIGUOUS_WORDS.has(node.value.toLowerCase())) {
        add(
          at,
          where,
          `unquoted ${node.value} is read as true or false by some YAML tools and as text by others`,
          `write true or false, or quote it if you mean the word: "${node.value}"`,
        );
      } else if (typeof node.value === 'number') {
        add(
          at,
          where,
          `YAML reads ${node.source ?? String(node.value)} as the number ${node.value}`,
          `quote it to keep it as written: "${node.source ?? node.value}"`,
        );
      }
    },
  });
  if (problems.length > 0) return { lineOf, problems };

  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}, lineOf, problems };
  } catch (error) {
    add(undefined, [], `cannot be read as data: ${(error as Error).message}`, 'simplify the file: plain fields, lists and quoted text');
    return { lineOf, problems };
  }
}

/** The field path of a node from visit()'s ancestor list (map keys and list indexes). */
function keysOf(path: readonly unknown[]): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const child = path[i + 1];
    if (isPair(step) && isScalar(step.key)) keys.push(String(step.key.value));
    else if (isSeq(step) && child !== undefined) keys.push(step.items.indexOf(child as Node));
  }
  return keys;
}

/** The last step (own index in a list) that keysOf cannot see, since the node is not in `path`. */
function ownKey(path: readonly unknown[], node: Node): (string | number)[] {
  const parent = path[path.length - 1];
  return isSeq(parent) ? [parent.items.indexOf(node)] : [];
}

/** The line of the deepest existing node on the path (a missing field points at its parent). */
function lineOfPath(doc: Document, path: readonly PropertyKey[], lineAt: (o: number | undefined) => number): number | undefined {
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
