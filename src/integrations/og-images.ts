/**
 * Open Graph images (src/lib/og-image.ts, src/lib/og-cards.ts) for `astro build`, drawn beside the
 * build instead of inside it. Only for use in integration code (Node).
 *
 * Astro renders pages one at a time on one thread; as ordinary endpoints the cards (then ~30 ms of CPU
 * each with satori and sharp, ~5 ms now with Skia) were half of a cold build (BENCHMARKS.md). Cards depend
 * only on content/, so a worker thread starts on them as the build starts, on the machine's other
 * CPU, while Astro bundles and renders pages; when Astro has written its pages, a second worker joins
 * if enough cards are left to pay for its start (they share a card counter, og-images/slots.ts). Last of all, the build waits for the workers and links the PNGs
 * into the output (linkCards). Workers keep every card in the OG cache (node_modules/.cache/lintas-og/, see
 * og-image.ts), so a rebuild draws only changed cards; with LINTAS_OG_CACHE=off they draw into a
 * temporary folder that is removed afterwards. A worker's error fails the build.
 *
 * `astro dev` serves the same cards from a route injected here (og-images/dev-route.ts).
 */
import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, mkdtemp, rm, constants } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ogCacheDir } from '../lib/og-image.ts';
import { secondWorkerPays, SLOTS } from './og-images/slots.ts';
import type { OgWorkerInput, OgWorkerResult } from './og-images/worker.ts';
import { ogCards, type OgCardSpec } from '../lib/og-cards.ts';
import { loadDataset } from './dataset.ts';

type Done = OgWorkerResult;

/** The workers drawing one build's cards, and the counter they share. */
class Job {
  readonly started = performance.timeOrigin + performance.now();
  readonly next = new SharedArrayBuffer(SLOTS * 4);
  readonly workers: { worker: Worker; result: Promise<Done> }[] = [];
  readonly root: string;
  /** The card folder: the OG cache, or a temporary folder (cache off) deleted afterwards. */
  readonly dir: string;
  readonly temporary: boolean;
  /** The cards to draw, worked out here from the build's one read of content/: workers read no content. */
  readonly specs: OgCardSpec[];
  constructor(root: string, dir: string, temporary: boolean, specs: OgCardSpec[]) {
    this.root = root;
    this.dir = dir;
    this.temporary = temporary;
    this.specs = specs;
  }

  /** Starts one more worker on the remaining cards. */
  add(): void {
    // The worker's code sits beside this module (a fixture site's root holds content/ but not src/).
    const worker = new Worker(new URL('./og-images/worker.ts', import.meta.url), {
      workerData: { dir: this.dir, next: this.next, specs: this.specs, createdAt: performance.timeOrigin + performance.now() } satisfies OgWorkerInput,
    });
    // Until the build is done, a worker must not keep a failed build's process alive.
    worker.unref();
    const result = new Promise<Done>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`an Open Graph image worker stopped (exit code ${code}) before it finished`)));
    });
    result.catch(() => undefined); // reported when the build awaits it
    this.workers.push({ worker, result });
  }

  /** Every card, once all workers are done. */
  async finish(): Promise<{ files: Done['files']; rendered: number; reused: number; ms: number }> {
    for (const { worker } of this.workers) worker.ref();
    const results = await Promise.all(this.workers.map((w) => w.result));
    const files = results.flatMap((r) => r.files);
    if (files.length !== results[0]!.total) throw new Error(`${files.length} of ${results[0]!.total} cards were drawn`);
    return {
      files,
      rendered: results.reduce((n, r) => n + r.rendered, 0),
      reused: results.reduce((n, r) => n + r.reused, 0),
      ms: Math.max(...results.map((r) => r.finishedAt)) - this.started,
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
    if (this.temporary) await rm(this.dir, { recursive: true, force: true });
  }
}

async function startJob(root: string): Promise<Job> {
  const cache = ogCacheDir();
  // The first to ask reads content/ for the whole build (src/reader/read-content.ts); the content
  // check that follows reuses the read. Files with problems are left out, and the check then stops the build.
  const { articles, xref } = await loadDataset(root);
  const specs = ogCards(articles, xref);
  const job = cache ? new Job(root, cache, false, specs) : new Job(root, await mkdtemp(path.join(os.tmpdir(), 'lintas-og-')), true, specs);
  job.add();
  return job;
}

/**
 * Puts every card into the output folder as a hard link to its file in the card folder: no bytes
 * copied (copying 6,000 cards, 340 MB, took ~4 s at the end of a build at 5,000 articles). Card files
 * are never changed in place (they are written to a temporary name and renamed), so the link always
 * holds the card it was made for, and it outlives the card folder's deletion. Where a link cannot be
 * made (another file system, a file system without links), the card is copied, or cloned where the
 * file system can.
 */
async function linkCards(files: OgWorkerResult['files'], outDir: string): Promise<void> {
  await Promise.all([...new Set(files.map((f) => path.dirname(f.path)))].map((d) => mkdir(path.join(outDir, d), { recursive: true })));
  const place = (from: string, to: string) => link(from, to).catch(() => copyFile(from, to, constants.COPYFILE_FICLONE));
  for (let start = 0; start < files.length; start += 64) {
    await Promise.all(files.slice(start, start + 64).map((f) => place(f.file, path.join(outDir, f.path))));
  }
}

/**
 * Two integrations sharing one worker: `start` (list it before the content check) starts the worker
 * when a build starts, and serves the cards in `astro dev`; `publish` (list it last, after Pagefind)
 * waits for the worker in astro:build:done and links the cards into the output.
 */
export function ogImages(): { start: AstroIntegration; publish: AstroIntegration } {
  let job: Promise<Job> | undefined;
  const start: AstroIntegration = {
    name: 'lintas:og-images',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/og/[...path].png', entrypoint: './src/integrations/og-images/dev-route.ts' });
        // Before the content check: drawing overlaps it. Should the check fail, the build stops and the
        // (unreferenced) worker with it; cards drawn meanwhile only land in the cache.
        if (command === 'build') job = startJob(fileURLToPath(config.root));
      },
      // Astro has written every page: its CPU is free (Pagefind, next, runs in its own process), so a
      // second worker joins in on the cards still to draw, when enough are left to pay for its start
      // (loading the libraries and the dataset: seconds at N = 1,000). In a warm rebuild none are left.
      'astro:build:generated': async () => {
        const running = await job;
        if (running && secondWorkerPays(new Int32Array(running.next))) running.add();
      },
    },
  };
  const publish: AstroIntegration = {
    name: 'lintas:og-images-publish',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) throw new Error('Open Graph images: the worker was never started (list ogImages().start in astro.config.mjs)');
        const running = await job;
        try {
          const done = await running.finish();
          await linkCards(done.files, fileURLToPath(dir));
          logger.info(
            `${done.files.length} cards (${done.rendered} drawn, ${done.reused} from the cache) by ${running.workers.length} workers, done ${(done.ms / 1000).toFixed(1)} s after they started`,
          );
        } catch (error) {
          throw new Error(
            `Open Graph images failed: ${error instanceof Error ? error.message : String(error)}\n(cards are drawn into ${running.dir}, set by LINTAS_OG_CACHE; LINTAS_OG_CACHE=off draws them into a temporary folder)`,
            { cause: error },
          );
        } finally {
          await running.close();
        }
      },
    },
  };
  return { start, publish };
}
