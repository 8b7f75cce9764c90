/**
 * Content never becomes code. No file under content/ may be loaded as a module (the Vite plugin in
 * src/integrations/content-guard.ts), and an article's page renders only a body the closed MDX
 * dialect accepted (src/reader/read-content.ts `renderableArticle`, the second line after the
 * content check).
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentGuard, contentModuleRefusal } from '../../src/integrations/content-guard.ts';
import { readContent, renderableArticle } from '../../src/reader/read-content.ts';
import { cleanup, copyContent, edit } from './fixture.ts';

const ID = 'bisnis-taiwan-bans-government-use-of-zoom';
const ARTICLE = `content/articles/${ID}/index.mdx`;
const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));
const fresh = () => {
  const root = copyContent();
  roots.push(root);
  return root;
};

describe('the content guard (Vite plugin)', () => {
  const root = '/srv/lintas';
  const load = (id: string) => (contentGuard(root) as unknown as { load: (id: string) => unknown }).load(id);

  it.each([ARTICLE, `content/articles/${ID}/original.md`, 'content/events/spacex-ban.yaml', 'Content/entities/zoom.yaml', 'content'])(
    'refuses %s as a module, saying why and what to do instead',
    (file) => {
      const id = `${path.join(root, file)}?astroPropagatedAssets`;
      expect(() => load(id)).toThrow(/is content, and content never becomes a module[\s\S]*src\/lib\/content\.ts/);
      expect(contentModuleRefusal(root, path.join(root, file))).toContain(file);
    },
  );

  it.each(['src/pages/index.astro', 'node_modules/astro/dist/index.js', 'contents/x.mdx', '../content/x.mdx'])('leaves %s to Vite', (file) => {
    expect(load(path.resolve(root, file))).toBeNull();
  });
});

describe("an article page's body (renderableArticle)", () => {
  it("hands over a good article's checked paragraphs and its original", async () => {
    const root = fresh();
    const read = await readContent(root);
    const { paragraphs, original } = renderableArticle(read, ID);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.every((p) => p.type === 'paragraph')).toBe(true);
    expect(original).toHaveLength(paragraphs.length);
    expect(original.every((p) => p.trim() !== '')).toBe(true);
  });

  it('refuses an article with an expression, naming file, line and problem', async () => {
    const root = fresh();
    edit(root, ARTICLE, 'Millions of people', 'Millions {globalThis.pwned = 1} of people');
    const read = await readContent(root);
    expect(() => renderableArticle(read, ID)).toThrow(new RegExp(`${ARTICLE}:\\d+ .*JavaScript expression`));
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('refuses an article the read does not have, or whose frontmatter did not validate', async () => {
    const root = fresh();
    edit(root, ARTICLE, /^section: .*$/m, 'section: !!js/function "function () {}"');
    const read = await readContent(root);
    expect(() => renderableArticle(read, ID)).toThrow(/not read as a valid article/);
    expect(() => renderableArticle(read, 'no-such-article')).toThrow(/no-such-article\/index\.mdx was not read as a valid article/);
  });
});
