/**
 * How the search index's words are grouped into chunks (src/integrations/pagefind/chunk-plan.ts): a
 * heavy word alone, light words together up to the limit, and ranges under which Pagefind's lookup
 * (the first chunk with from <= word <= to, in UTF-8 order) finds every word in its own chunk.
 */
import { describe, expect, it } from 'vitest';
import { chunkBounds, compareWords, groupWords } from '../../src/integrations/pagefind/chunk-plan.ts';

/** Pagefind's strict lookup (pagefind_web `try_request_indexes`): the first chunk whose range holds the word. */
const lookup = (ranges: { from: string; to: string }[], word: string) =>
  ranges.findIndex(({ from, to }) => compareWords(word, from) >= 0 && compareWords(word, to) <= 0);

/** Splits sorted words into groups of the given sizes, and checks every word is found in its own. */
function expectEveryWordFound(words: string[], sizes: number[]) {
  const sorted = [...words].sort(compareWords);
  const groups: string[][] = [];
  let at = 0;
  for (const n of sizes) groups.push(sorted.slice(at, (at += n)));
  const ranges = chunkBounds(groups.map((g) => ({ first: g[0]!, last: g[g.length - 1]! })));
  for (const [i, group] of groups.entries()) for (const word of group) expect(lookup(ranges, word), word).toBe(i);
  return ranges;
}

describe('groupWords', () => {
  it('gives a word at or over the limit a chunk of its own, wherever it falls', () => {
    expect(groupWords([1, 2, 100, 3], 10)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(groupWords([100, 1, 100], 10)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(groupWords([10], 10)).toEqual([[0, 1]]);
  });

  it('gathers light words until a chunk reaches the limit, and keeps the rest together', () => {
    expect(groupWords([4, 4, 4, 4, 1], 10)).toEqual([
      [0, 3],
      [3, 5],
    ]);
    expect(groupWords([9, 9], 10)).toEqual([[0, 2]]);
  });

  it('leaves a chunk without a heavy word whole, as Pagefind wrote it', () => {
    const light = [5, 3, 1, 7];
    expect(groupWords(light, 20)).toEqual([[0, 4]]);
    expect(groupWords([], 20)).toEqual([]);
  });

  it('covers every word once, in order', () => {
    const weights = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 97) * (i % 13 === 0 ? 50 : 1));
    const groups = groupWords(weights, 300);
    expect(groups[0]![0]).toBe(0);
    expect(groups[groups.length - 1]![1]).toBe(weights.length);
    for (let i = 1; i < groups.length; i++) expect(groups[i]![0]).toBe(groups[i - 1]![1]);
    for (const [start, end] of groups) if (end - start > 1) expect(weights.slice(start, end).every((w) => w < 300)).toBe(true);
  });
});

describe('chunkBounds', () => {
  it('finds every word in its own chunk, the last word of each included', () => {
    const ranges = expectEveryWordFound(['gamma', 'gap', 'garden', 'govern', 'gr', 'green', 'ministri', 'network', 'news'], [4, 3, 2]);
    // Pagefind itself would end the first chunk at "go", which "govern" sorts after.
    expect(ranges[0]!.to).toBe('govern');
    expect(ranges[1]!.from).toBe('gr');
  });

  it('handles a word that starts the next one, digits, and one-word chunks', () => {
    expectEveryWordFound(['secur', 'securiti', 'securities', 'sek'], [1, 1, 1, 1]);
    expectEveryWordFound(['0', '06', '07', '1', '10', '2020', '20200830'], [2, 2, 1, 2]);
  });

  it('orders and cuts words as Pagefind does, by code point: Chinese, accents, characters beyond the BMP', () => {
    expectEveryWordFound(['zoom', 'é', 'ü', '行政院', '行政院資通安全處', '資通安全處', '𠀀', 'ｚ'], [2, 2, 2, 2]);
    // U+FF5A sorts before U+20000 by code point, though not by UTF-16 code unit.
    expect(compareWords('ｚ', '𠀀')).toBeLessThan(0);
    expect(
      chunkBounds([
        { first: 'ｚ', last: 'ｚ' },
        { first: '𠀀', last: '𠀀' },
      ])[1]!.from,
    ).toBe('𠀀');
  });
});
