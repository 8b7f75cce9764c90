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
 * light chunk.
 */

/** Pagefind's own chunk weight (pagefind/src/index/mod.rs, `chunk_index(word_map, 20000)`). */
export const CHUNK_LIMIT = 20_000;

/**
 * How many first characters a light word must share with the heavy word after it to go into the heavy
 * word's chunk. A search loads one chunk per word typed, and Pagefind also matches words that start
 * with what was typed: "gov" loads the chunk its range puts it in. Were "govan" left in the chunk
 * before "govern", "gov" would load that one and miss "government". Gathering the words that share
 * the heavy word's first three characters keeps a typed start of three or more in the heavy word's
 * chunk, as it was in Pagefind's.
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

/**
 * The `from`/`to` range of each chunk, given its first and last word. Pagefind's search takes, for a
 * word, the first chunk with `from <= word <= to`. Here `to` is the chunk's last word itself and `from`
 * the shortest start of the chunk's first word that sorts after the previous chunk's last word, so
 * every indexed word falls in its own chunk. (Pagefind shortens `to` as well, which leaves a chunk's
 * last word outside its range: a search for it alone finds it only through Pagefind's second, looser
 * pass, and beside another word, not at all.)
 */
export function chunkBounds(groups: readonly { first: string; last: string }[]): { from: string; to: string }[] {
  return groups.map(({ first, last }, i) => {
    if (i === 0) return { from: first, to: last };
    const previous = chars(groups[i - 1]!.last);
    const next = chars(first);
    let common = 0;
    while (common < previous.length && common < next.length && previous[common] === next[common]) common++;
    return { from: next.slice(0, common + 1).join(''), to: last };
  });
}
