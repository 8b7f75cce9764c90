/**
 * Environment for processes that draw Open Graph cards (the build, `npm run bench:cards`).
 *
 * @napi-rs/canvas (Skia) allocates through its own copy of mimalloc, and `canvas.data()` hands each
 * card's pixels (1200 x 630 x 4 = 3 MB) to JavaScript in a fresh allocation, freed when V8 collects
 * the Buffer. By default mimalloc gives freed memory back to the kernel after 10 ms, so in a busy
 * build the next card's pixels land on new pages that the kernel must fault in and zero: `perf` put
 * 35 % of the card worker's CPU in `clear_page_erms` at N = 1,000. With purging off, mimalloc keeps
 * those pages and reuses them: in the build, the card worker's CPU fell from 5.4 to 3.4 s and its
 * page zeroing from 1.4 to 0.3 s; in a bare loop of Skia's pixels and sharp's encoding, a card from
 * 5.2 to 2.5 ms. (`npm run bench:cards`, which also hashes and writes each card, showed no
 * difference in four runs; why was not found.) Peak memory at N = 1,000 was unchanged within the
 * noise; at 2,000 and 5,000 the build's peak after item 36 is 5-11 % above the runs before it, from
 * this or from the search index now held in memory, and still at or below bare Astro's. The bench
 * runs bare Astro with the same setting (Rolldown bundles mimalloc too), and bare's own peak at
 * N = 5,000 rose 14 % with it, so the setting is the likelier cause (BENCHMARKS.md, item 36).
 *
 * mimalloc reads its options from the environment once, when the library loads, so they must be in
 * the environment the process starts with: setting process.env inside the process is too late for a
 * library loaded before, and a worker thread's process.env is not the C environment at all. A value
 * already set by the caller wins.
 */
export const ALLOCATOR_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '-1' };

/** `env` with ALLOCATOR_ENV filled in where the caller has not set a value. */
export function withAllocatorEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const [key, value] of Object.entries(ALLOCATOR_ENV)) out[key] ??= value;
  return out;
}

/** Whether this process started with ALLOCATOR_ENV (every key set, whatever its value). */
export const hasAllocatorEnv = (env: NodeJS.ProcessEnv = process.env): boolean => Object.keys(ALLOCATOR_ENV).every((key) => env[key] !== undefined);
