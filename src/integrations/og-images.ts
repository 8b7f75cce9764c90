/**
 * Open Graph images (src/lib/og-image.ts, src/lib/og-cards.ts) for `astro build`, drawn beside the
 * build instead of inside it. Only for use in integration code (Node).
 *
 * Astro renders pages one at a time on one thread, and a card costs ~35 ms of CPU (satori, then
 * sharp), so as ordinary endpoints the cards were half of a cold build (BENCHMARKS.md). Cards depend
 * only on content/, so a worker thread starts on them when the build starts, on the machine's other
 * CPU, while Astro bundles and renders pages. When Astro is done, the integration waits for the worker
 * (usually finished) and copies the PNGs into the output. The worker keeps every card in the OG cache
 * (node_modules/.cache/lintas-og/, see og-image.ts), so a rebuild renders only changed cards; with
 * LINTAS_OG_CACHE=off it draws into a temporary folder that is removed afterwards.
 *
 * `astro dev` serves the same cards from a route injected here (og-images/dev-route.ts).
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, mkdtemp, rm, constants } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ogCacheDir } from '../lib/og-image.ts';
import type { OgWorkerInput, OgWorkerResult } from './og-images/worker.ts';

interface Job {
  worker: Worker;
  result: Promise<OgWorkerResult & { ms: number }>;
  /** A temporary card folder to delete afterwards (cache off). */
  temporary?: string | undefined;
}

async function startWorker(root: string): Promise<Job> {
  const cache = ogCacheDir();
  const temporary = cache ? undefined : await mkdtemp(path.join(os.tmpdir(), 'lintas-og-'));
  const worker = new Worker(path.join(root, 'src/integrations/og-images/worker.ts'), { workerData: { root, dir: (cache ?? temporary)! } satisfies OgWorkerInput });
  // Until the build is done, the worker must not keep a failed build's process alive.
  worker.unref();
  const result = new Promise<OgWorkerResult & { ms: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the Open Graph image worker stopped (exit code ${code}) before it finished`)));
  });
  result.catch(() => undefined); // reported when the build awaits it
  return { worker, result, temporary };
}

/** Copies (or clones, where the file system can) every card into the output folder. */
async function publish(files: OgWorkerResult['files'], outDir: string): Promise<void> {
  await Promise.all([...new Set(files.map((f) => path.dirname(f.path)))].map((d) => mkdir(path.join(outDir, d), { recursive: true })));
  for (let start = 0; start < files.length; start += 64) {
    await Promise.all(files.slice(start, start + 64).map((f) => copyFile(f.file, path.join(outDir, f.path), constants.COPYFILE_FICLONE)));
  }
}

export function ogImages(): AstroIntegration {
  let root = process.cwd();
  let command = '';
  let job: Promise<Job> | undefined;
  return {
    name: 'lintas:og-images',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
        if (command === 'dev') options.injectRoute({ pattern: '/og/[...path].png', entrypoint: './src/integrations/og-images/dev-route.ts' });
      },
      // As early as the build allows: after the content check (an earlier integration's
      // astro:config:setup) has passed, before content sync, type generation and bundling.
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') job = startWorker(root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) throw new Error('Open Graph images: the worker was never started (astro:config:done did not run for a build)');
        const { worker, result, temporary } = await job;
        worker.ref();
        try {
          const done = await result;
          await publish(done.files, fileURLToPath(dir));
          logger.info(`${done.files.length} cards (${done.rendered} drawn, ${done.reused} from the cache) in ${(done.ms / 1000).toFixed(1)} s beside the build`);
        } catch (error) {
          throw new Error(`Open Graph images failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await worker.terminate();
          if (temporary) await rm(temporary, { recursive: true, force: true });
        }
      },
    },
  };
}
