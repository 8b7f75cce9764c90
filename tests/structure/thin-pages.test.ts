/**
 * Pages and components stay thin (issue 15): no .astro file, and no endpoint under src/pages, holds
 * more than LIMIT lines of logic. Logic is what runs: the component's frontmatter and its <script>
 * blocks, or an endpoint's code, counted without blank lines, comments or imports. The markup is not
 * logic. Anything bigger belongs in a module under src/lib/, where it can be unit-tested.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIMIT = 150;
const root = path.resolve(import.meta.dirname, '../..');

const codeLines = (code: string) =>
  code.split('\n').filter((line) => {
    const t = line.trim();
    return t !== '' && !/^(\/\/|\/\*|\*|import\s)/.test(t);
  }).length;

/** The lines of logic in one file: frontmatter and scripts of a component, all of an endpoint. */
function logicLines(file: string, text: string): number {
  if (!file.endsWith('.astro')) return codeLines(text);
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return [frontmatter, ...scripts].reduce((n, code) => n + codeLines(code), 0);
}

const files = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .map((f) => path.join('src', f))
  .filter((f) => f.endsWith('.astro') || (f.startsWith(path.join('src', 'pages')) && /\.(ts|js)$/.test(f)));

describe('thin pages and components', () => {
  it('counts the logic of a component, not its markup', () => {
    const component =
      '---\nimport A from "./A.astro";\n// a comment\nconst a = 1;\n\nconst b = 2;\n---\n<p>{a}</p>\n<p>{b}</p>\n<script>\n  const c = 3;\n</script>\n';
    expect(logicLines('X.astro', component)).toBe(3);
    expect(logicLines('x.ts', 'import x from "y";\nexport const GET = () => x;\n')).toBe(1);
  });

  it('finds the pages and components (so the list below is not empty)', () => {
    expect(files.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(20);
    expect(files).toContain(path.join('src', 'components', 'SiteSearch.astro'));
  });

  it.each(files.map((f) => [f]))(`%s holds at most ${LIMIT} lines of logic`, (file) => {
    expect(logicLines(file, readFileSync(path.join(root, file), 'utf8'))).toBeLessThanOrEqual(LIMIT);
  });
});
