/**
 * No import cycles in src/. A cycle makes the order modules run in depend on which one is imported
 * first (a value read before it is set is `undefined`), and ties two modules so neither can be
 * understood or tested alone: lib/cross-reference.ts and lib/timeline.ts were such a knot.
 *
 * Why a small scanner (tests/helpers/import-graph.ts) and not madge or dependency-cruiser: half the
 * modules are .astro components, which neither tool parses without extra plugins; TypeScript, already
 * a devDependency, scans imports exactly as the compiler does, `import type` included (a type-only
 * cycle is still a knot to cut).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../helpers/import-graph.ts';

const root = path.resolve(import.meta.dirname, '../..');
const rel = (f: string) => path.relative(root, f);

describe('import graph of src/', () => {
  const graph = importGraph(path.join(root, 'src'));

  it('is read from every source file, .astro included, with their imports', () => {
    const files = [...graph.keys()].map(rel);
    expect(files.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(10);
    expect(files.filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(10);
    // A known edge of each kind, so a scanner that read nothing could not pass.
    expect(graph.get(path.join(root, 'src/layouts/Base.astro'))?.map(rel)).toContain('src/components/SeoHead.astro');
    expect(graph.get(path.join(root, 'src/lib/content.ts'))?.map(rel)).toContain('src/lib/cross-reference.ts');
  });

  it('has no cycles', () => {
    const found = cycles(graph).map((c) => c.map(rel).join(' -> '));
    expect(found, `import cycles in src/:\n${found.join('\n')}`).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('finds a cycle of three, a file importing itself, and nothing in a tree', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c', 'd']],
      ['c', ['a']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});
