/**
 * How the search index's words are grouped into chunks (src/integrations/pagefind/chunk-plan.ts): a
 * heavy word alone (with the words that start as it does), light words together up to the limit, and
 * ranges written by Pagefind 1.6's rule, under which its lookup finds every word in its own chunk.
 * Whether Pagefind's own search script agrees is tests/fixture-site/search-reshape.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { chunkBounds, compareWords, groupWords } from '../../src/integrations/pagefind/chunk-plan.ts';
import { lookup } from '../helpers/pagefind-lookup.ts';

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

/** Words named w0, w1 ... (no two sharing a start), with these weights. */
const weighed = (...weights: number[]) => weights.map((weight, i) => ({ word: `${String.fromCharCode(97 + i)}${i}`, weight }));

describe('groupWords', () => {
  it('gives a word at or over the limit a chunk of its own, wherever it falls', () => {
    expect(groupWords(weighed(1, 2, 100, 3), 10)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(groupWords(weighed(100, 1, 100), 10)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(groupWords(weighed(10), 10)).toEqual([[0, 1]]);
  });

  it('gathers light words until a chunk reaches the limit, and keeps the rest together', () => {
    expect(groupWords(weighed(4, 4, 4, 4, 1), 10)).toEqual([
      [0, 3],
      [3, 5],
    ]);
    expect(groupWords(weighed(9, 9), 10)).toEqual([[0, 2]]);
  });

  it('leaves a chunk without a heavy word whole, as Pagefind wrote it', () => {
    expect(groupWords(weighed(5, 3, 1, 7), 20)).toEqual([[0, 4]]);
    expect(groupWords([], 20)).toEqual([]);
  });

  it('puts the light words that start as a heavy word does in its chunk, so a typed start loads it', () => {
    const words = ['gamma', 'gap', 'govan', 'gove', 'govern', 'gr'].map((word) => ({ word, weight: word === 'govern' ? 100 : 1 }));
    const groups = groupWords(words, 10);
    expect(groups).toEqual([
      [0, 2],
      [2, 5],
      [5, 6],
    ]);
    // By Pagefind's lookup, "gov" (what a reader has typed so far of "government") loads "govern".
    const ranges = chunkBounds(groups.map(([a, b]) => ({ first: words[a]!.word, last: words[b - 1]!.word })));
    for (const typed of ['gov', 'gove', 'gover', 'govern']) expect(lookup(ranges, typed), typed).toBe(1);
    // Two characters alike are not enough: "gamma" keeps its light chunk.
    expect(
      groupWords(
        [
          { word: 'gamma', weight: 1 },
          { word: 'govern', weight: 100 },
        ],
        10,
      ),
    ).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('covers every word once, in order', () => {
    const weights = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 97) * (i % 13 === 0 ? 50 : 1));
    const groups = groupWords(
      weights.map((weight, i) => ({ word: String(i).padStart(3, '0'), weight })),
      300,
    );
    expect(groups[0]![0]).toBe(0);
    expect(groups[groups.length - 1]![1]).toBe(weights.length);
    for (let i = 1; i < groups.length; i++) expect(groups[i]![0]).toBe(groups[i - 1]![1]);
    for (const [start, end] of groups) if (end - start > 1) expect(weights.slice(start, end - 1).every((w) => w < 300)).toBe(true);
  });
});

describe('chunkBounds', () => {
  it('writes ranges as Pagefind 1.6 does: both sides cut one character past what they share', () => {
    const ranges = expectEveryWordFound(['gamma', 'gap', 'garden', 'govern', 'gr', 'green', 'ministri', 'network', 'news'], [4, 3, 2]);
    expect(ranges).toEqual([
      { from: 'gamma', to: 'go' },
      { from: 'gr', to: 'm' },
      { from: 'n', to: 'news' },
    ]);
  });

  it('keeps a cut end whole where it would fall below its own start, as Pagefind 1.6 wrote "mi".."ministri"', () => {
    const ranges = expectEveryWordFound(['meeting', 'militari', 'ministri', 'network'], [1, 2, 1]);
    expect(ranges[1]).toEqual({ from: 'mi', to: 'ministri' });
  });

  it('handles a word that starts the next one, digits, and one-word chunks', () => {
    expectEveryWordFound(['secur', 'securiti', 'securities', 'sek'], [1, 1, 1, 1]);
    // Ranges Pagefind 1.6 wrote for the bench index: "0".."06" | "07".."1" | "10".."10" | "100"...
    expect(expectEveryWordFound(['0', '06', '07', '1', '10', '100', '11'], [2, 2, 1, 2])).toEqual([
      { from: '0', to: '06' },
      { from: '07', to: '1' },
      { from: '10', to: '10' },
      { from: '100', to: '11' },
    ]);
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
