/**
 * A model of how Pagefind 1.6's search picks the index chunk for a word typed (pagefind_web
 * `request_indexes`, per word): the first chunk with from <= word <= to, in UTF-8 order; where none,
 * the first whose bounds and the word, each cut to the shorter length in bytes, still hold it. Pagefind's
 * own search script is run against the reshaped index in tests/fixture-site/search-reshape.test.ts.
 */
import { compareWords } from '../../src/integrations/pagefind/chunk-plan.ts';

/** `s` cut to `n` UTF-8 bytes, or undefined where that splits a character (Rust's `str::get`). */
function cut(s: string, n: number): string | undefined {
  const bytes = Buffer.from(s, 'utf8').subarray(0, n);
  const text = bytes.toString('utf8');
  return Buffer.byteLength(text) === n && !text.includes('\uFFFD') ? text : undefined;
}

/** The index (in `ranges`) of the chunk Pagefind loads for `word`, or -1. */
export function lookup(ranges: { from: string; to: string }[], word: string): number {
  const strict = ranges.findIndex(({ from, to }) => compareWords(word, from) >= 0 && compareWords(word, to) <= 0);
  if (strict >= 0) return strict;
  const bytes = Buffer.byteLength(word);
  return ranges.findIndex(({ from, to }) => {
    const [wf, f] = [cut(word, Math.min(bytes, Buffer.byteLength(from))), cut(from, Math.min(bytes, Buffer.byteLength(from)))];
    const [wt, t] = [cut(word, Math.min(bytes, Buffer.byteLength(to))), cut(to, Math.min(bytes, Buffer.byteLength(to)))];
    return wf !== undefined && f !== undefined && wt !== undefined && t !== undefined && compareWords(wf, f) >= 0 && compareWords(wt, t) <= 0;
  });
}
