/**
 * The built search index (dist/pagefind) as a journalist meets it: every article and entity is a
 * result under its own title (quote marks straightened, as everything Pagefind indexes is), and no
 * indexed word carries a quote mark (src/lib/search/quote-marks.ts). Expectations are read from content/.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../helpers/content.ts';
import { distDir } from '../helpers/dist.ts';
import { indexedFragments, indexedWords } from '../helpers/pagefind-words.ts';
import { straightQuotes } from '../../src/lib/search/quote-marks.ts';

const content = readContent();
const pagefindDir = path.join(distDir, 'pagefind');
const titles = new Map(indexedFragments(pagefindDir).map((f) => [f.url, f.meta.title]));

describe('the search index', () => {
  it.each(content.articles.map((a) => [a.id, a] as const))('article %s is a result titled as the article is', (id, article) => {
    expect(titles.get(`/articles/${id}/`)).toBe(straightQuotes(article.data.title));
  });

  it.each(content.entities.map((e) => [e.id, e] as const))('entity %s is a result titled with its name', (id, entity) => {
    expect(titles.get(`/entities/${id}/`)).toBe(straightQuotes(entity.data.name));
  });

  it('holds every article and entity of content/ (so the lists above are not empty)', () => {
    expect(content.articles.length).toBeGreaterThan(0);
    expect(content.entities.length).toBeGreaterThan(0);
    expect(titles.size).toBeGreaterThanOrEqual(content.articles.length + content.entities.length);
  });

  it('indexes no word with a quote mark glued to it (“word”, word’s), so a quoted word is indexed once', () => {
    const words = [...indexedWords(pagefindDir).keys()];
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((w) => /[\u2018-\u201F\u00AB\u00BB\u2039\u203A\u300C-\u300F\uFF02\uFF07]/.test(w))).toEqual([]);
  });
});
