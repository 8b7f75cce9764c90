/**
 * A Pagefind bundle (the files `writeFiles` would put in dist/pagefind) held in memory, by path
 * inside the bundle ("pagefind-entry.json", "index/en_1a2b3c4.pf_index", ...). The index worker takes
 * it from Pagefind's `getFiles()`, reshapes it (reshape-index.ts) and writes it once, here.
 *
 * Why not `writeFiles`: Pagefind's process hands each file write to a pool of blocking threads
 * (dozens of them in `perf`), and on two CPUs they spent most of their time spinning on a kernel
 * lock (`rwsem_spin_on_owner`): 2.2 to 5.6 s of CPU at N = 1,000, varying from build to build, at the
 * very end of the build. Pagefind's binary has no symbols, but the same spin showed up under `openat`
 * when this module first wrote 64 files at a time: the lock a folder takes while a file is created
 * in it (see writeBundle). `getFiles()` builds the same files, byte for byte, and hands them over:
 * 0.8 against 1.6 s alone at N = 1,000, and the reshaping no longer reads back, rewrites and deletes
 * what Pagefind had just written (BENCHMARKS.md, item 36).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type PagefindBundle = Map<string, Uint8Array>;

/** The bundle of `getFiles()`'s files. */
export const bundleOf = (files: readonly { path: string; content: Uint8Array }[]): PagefindBundle => new Map(files.map((f) => [f.path, f.content]));

/**
 * Writes every file of `bundle` under `dir`, one after another, on the calling thread (the index
 * worker's, which has nothing else to do by then). Not concurrently: creating a file locks its
 * folder, thousands of fragments go into one folder, and on this machine's disk a file creation can
 * be slow (scripts/bench.ts says why), so parallel writes only queued there, the waiting threads
 * spinning on the lock (`perf`: ~1 s of CPU at N = 1,000 for 64 writes at a time), and they held up
 * the pages Astro writes through the same thread pool (BENCHMARKS.md, item 36).
 */
export function writeBundle(dir: string, bundle: PagefindBundle): void {
  const root = path.resolve(dir);
  const files = [...bundle].map(([name, content]) => {
    const file = path.resolve(root, name);
    // The names are Pagefind's (hashes and its own script files), never content's; still, nothing is written outside the bundle.
    if (!file.startsWith(root + path.sep)) throw new Error(`the search index names a file outside its folder: ${JSON.stringify(name)}`);
    return { file, content };
  });
  for (const folder of new Set([root, ...files.map((f) => path.dirname(f.file))])) mkdirSync(folder, { recursive: true });
  for (const { file, content } of files) writeFileSync(file, content);
}
