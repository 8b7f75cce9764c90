/**
 * The content guard: the Vite plugin that loads an article module only through the content reader and
 * only when it passes the closed MDX dialect (src/integrations/content-guard.ts). It is the second line
 * in a build (after the content check) and the only one while `astro dev` compiles a page.
 */
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guardArticle } from '../../src/integrations/content-guard.ts';
import { cleanup, copyContent, edit, read } from './fixture.ts';

const ARTICLE = 'content/articles/bisnis-taiwan-bans-government-use-of-zoom/index.mdx';
const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));
const fresh = () => {
  const root = copyContent();
  roots.push(root);
  return root;
};

describe('the content guard', () => {
  it('passes a good article to the compiler with its frontmatter blanked, lines kept', async () => {
    const root = fresh();
    const result = await guardArticle(root, path.join(root, ARTICLE));
    expect(result.problems).toBeUndefined();
    const source = read(root, ARTICLE);
    expect(result.code!.split('\n')).toHaveLength(source.split('\n').length);
    expect(result.code).toMatch(/^---\n\n+---\n/);
    expect(result.code!.slice(result.code!.indexOf('\n---\n') + 5)).toBe(source.slice(source.indexOf('\n---\n') + 5));
  });

  it('refuses an article with an expression, naming file and line', async () => {
    const root = fresh();
    edit(root, ARTICLE, 'Millions of people', 'Millions {globalThis.pwned = 1} of people');
    const result = await guardArticle(root, path.join(root, ARTICLE));
    expect(result.code).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ file: ARTICLE, line: expect.any(Number), message: expect.stringContaining('JavaScript expression') }),
    ]);
  });

  it("refuses a frontmatter tag before Astro's YAML parser could see it", async () => {
    const root = fresh();
    edit(root, ARTICLE, /^section: .*$/m, 'section: !!js/function "function () {}"');
    const result = await guardArticle(root, path.join(root, ARTICLE));
    expect(result.problems?.[0]?.message).toMatch(/YAML tag !!js\/function is not allowed/);
  });

  it('refuses a symbolic link and anything under content/ that is not an article', async () => {
    const root = fresh();
    const file = path.join(root, ARTICLE);
    expect((await guardArticle(root, path.join(root, 'content/events/spacex-ban.yaml'))).problems?.[0]?.message).toMatch(/is not an article/);
    rmSync(file);
    symlinkSync('/proc/self/environ', file);
    expect((await guardArticle(root, file)).problems?.[0]?.message).toMatch(/symbolic link/);
  });
});
