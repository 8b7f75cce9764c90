/**
 * The fixture site's search index (tests/fixtures/basic): a title written with curly quote marks is
 * indexed, and shown in search results, with straight ones, so no indexed word carries a quote mark
 * (src/lib/search/quote-marks.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDist } from '../helpers/fixture-site.ts';
import { indexedFragments, indexedWords } from '../helpers/pagefind-words.ts';

const pagefindDir = path.join(fixtureDist('basic'), 'pagefind');

describe('fixture search index', () => {
  it('shows an article title written with curly quote marks with straight ones', () => {
    const fragment = indexedFragments(pagefindDir).find((f) => f.url === '/articles/gazette-chatapp-back/');
    expect(fragment?.meta.title).toBe(`ChatApp Returns to Ruritania's "Safe" Schools`);
  });

  it('indexes the words of that title without their quote marks', () => {
    const words = indexedWords(pagefindDir);
    expect(words.has('safe')).toBe(true);
    expect(words.has('ruritania')).toBe(true);
    expect([...words.keys()].filter((w) => /[’“”]/.test(w))).toEqual([]);
  });
});
