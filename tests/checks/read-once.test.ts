/**
 * Content is read once per build: the content check, Astro's loaders, the article pages (which render
 * the check's syntax tree, never compiling an article), the Open Graph card workers and the search index all take the one read of content/ (src/reader/), and
 * each file is parsed once by each parser it needs. Counted from the reader's access log
 * (LINTAS_READ_LOG) over one real build of a copy of the project, from every thread.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, copyProject, listFiles } from './fixture.ts';

const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

describe('one build', () => {
  it('reads every content file once, and parses each once per parser', () => {
    const root = copyProject();
    roots.push(root);
    const log = path.join(root, 'reads.log');
    const env = {
      ...process.env,
      PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
      LINTAS_READ_LOG: log,
      LINTAS_OG_CACHE: 'off',
    };
    const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

    const counts = new Map<string, number>();
    for (const line of readFileSync(log, 'utf8').trim().split('\n')) counts.set(line, (counts.get(line) ?? 0) + 1);
    const files = listFiles(path.join(root, 'content')).map((f) => `content/${f}`);
    const expected = new Map<string, number>();
    for (const file of files) {
      expected.set(`read ${file}`, 1);
      if (file.endsWith('.yaml') || file.endsWith('/index.mdx')) expected.set(`yaml ${file}`, 1); // a data file, or a frontmatter
      if (file.endsWith('/index.mdx')) expected.set(`mdx ${file}`, 1);
    }
    expect(Object.fromEntries([...counts].sort())).toEqual(Object.fromEntries([...expected].sort()));
  }, 300_000);
});
