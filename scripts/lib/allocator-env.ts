/**
 * Environment for processes that draw Open Graph cards (the build, `npm run bench:cards`).
 *
 * @napi-rs/canvas (Skia) allocates through its own copy of mimalloc, and `canvas.data()` hands each
 * card's pixels (1200 x 630 x 4 = 3 MB) to JavaScript in a fresh allocation, freed when V8 collects
 * the Buffer. By default mimalloc gives freed memory back to the kernel after 10 ms, so the next
 * card's pixels land on new pages that the kernel must fault in and zero: `perf` put 35 % of the card
 * worker's CPU in `clear_page_erms` at N = 1,000. With purging off, mimalloc keeps those pages and
 * reuses them, and a card's CPU (pixels out of Skia plus PNG encoding) fell from ~5.2 to ~2.5 ms in
 * `scripts/bench-cards.ts` (BENCHMARKS.md, item 36). Peak memory is unchanged: the pages kept are
 * the ones reused, and a peak is a peak whether or not it is returned afterwards.
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
