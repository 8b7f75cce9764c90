/**
 * How the words of the search index are grouped into the chunks a search downloads. Pure; used by
 * reshape-index.ts on the index Pagefind wrote.
 *
 * A search fetches, for each word typed, the one chunk whose range holds it. Pagefind 1.6 fills a chunk
 * word by word, in sorted order, and closes it once it holds 20,000 "locations" (a word's weight: one
 * per page it is on, plus one per place on the page). A word common to every article weighs ~175,000 at
 * 5,000 articles, so it closes the chunk it lands in, and every rare word sorted just before it shares
 * its ~120 kB: a search for "gamma" downloaded all of "govern". Here a heavy word gets a chunk of its
 * own (with only the words that start as it does, SHARED_START), and the rare words before it share a
 * light chunk. At Pagefind's own limit a heavy word is always the last of its chunk, so a chunk is cut
 * in two at most; `limit` is a parameter for tests.
 */

/** Pagefind's own chunk weight (pagefind/src/index/mod.rs, `chunk_index(word_map, 20000)`). */
export const CHUNK_LIMIT = 20_000;

/**
 * How many first characters a light word must share with the heavy word after it to go into the heavy
 * word's chunk. A search loads one chunk per word typed, and Pagefind also matches words that start
 * with what was typed: "gov" loads the chunk its range puts it in. Were "govan" left in the chunk
 * before "govern", "gov" would load that one and miss "government". Gathering the words that share
 * the heavy word's first three characters keeps a typed start of three or more in the heavy word's
 * chunk, as it was in Pagefind's. A start of one or two characters may load the light chunk and miss
 * the heavy word, as it may at any of Pagefind's own chunk ends.
 */
export const SHARED_START = 3;

const chars = (s: string) => Array.from(s);
const sharesStart = (a: string, b: string) => {
  const start = chars(b).slice(0, SHARED_START).join('');
  return a.startsWith(start);
};

/**
 * Groups consecutive words (in index order, each with its weight) into chunks: a word weighing `limit`
 * or more gets a chunk with only the words just before it that share its first characters
 * (SHARED_START); other words are gathered until a chunk reaches `limit`. Returns `[start, end)` pairs.
 */
export function groupWords(words: readonly { word: string; weight: number }[], limit = CHUNK_LIMIT): [number, number][] {
  const groups: [number, number][] = [];
  let start = 0;
  let total = 0;
  const close = (end: number) => {
    if (end > start) groups.push([start, end]);
    start = end;
    total = 0;
  };
  words.forEach(({ word, weight }, i) => {
    if (weight >= limit) {
      let first = i;
      while (first > start && sharesStart(words[first - 1]!.word, word)) first--;
      close(first);
      close(i + 1);
      return;
    }
    total += weight;
    if (total >= limit) close(i + 1);
  });
  close(words.length);
  return groups;
}

/** Orders strings as Pagefind (Rust) does: by UTF-8 bytes, which is code-point order. */
export function compareWords(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Pagefind's `get_prefixes`: the starts of `a` and `b` one character longer than what they share. */
function prefixes(a: string, b: string): [string, string] {
  const [x, y] = [chars(a), chars(b)];
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return [x.slice(0, common + 1).join(''), y.slice(0, common + 1).join('')];
}

/**
 * The `from`/`to` range of each chunk, given its first and last word, by Pagefind 1.6's own rule, so a
 * search finds its chunk as it would in Pagefind's index: at each boundary both sides are cut to one
 * character past what they share ("go" | "gr" for "govern" | "green"); a `to` cut below its own
 * chunk's `from` stays whole (as Pagefind 1.6 writes "mi".."ministri"). Pagefind's search takes the first
 * chunk whose range holds the word typed, or, where none does, compares both cut to the shorter length:
 * that second pass is what finds a chunk's last word, and a start of a word typed so far ("worki").
 * (A range ending at the last word whole was tried, and lost those: tests/e2e/search-reshape.test.ts.)
 */
export function chunkBounds(groups: readonly { first: string; last: string }[]): { from: string; to: string }[] {
  const bounds = groups.map(({ first, last }) => ({ from: first, to: last }));
  for (let i = 0; i + 1 < groups.length; i++) {
    const [to, from] = prefixes(groups[i]!.last, groups[i + 1]!.first);
    bounds[i]!.to = compareWords(to, bounds[i]!.from) < 0 ? groups[i]!.last : to;
    bounds[i + 1]!.from = from;
  }
  return bounds;
}
