/**
 * The search index worker (src/integrations/pagefind/index-worker.ts) when Pagefind's own process
 * dies under it: the build must end with an error, not wait for an answer that never comes.
 */
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { IndexWorkerMessage, IndexWorkerResult } from '../../src/integrations/pagefind/index-worker.ts';

/** The pid of the Pagefind backend this process started (the worker runs in this process). */
async function pagefindBackend(): Promise<number> {
  for (let i = 0; i < 100; i++) {
    try {
      return Number(
        execFileSync('pgrep', ['-P', String(process.pid), 'pagefind'], { encoding: 'utf8' })
          .trim()
          .split('\n')[0],
      );
    } catch {
      await sleep(50);
    }
  }
  throw new Error('the worker started no Pagefind process');
}

describe('search index worker', () => {
  it('ends (instead of hanging the build) when the Pagefind process dies with a request in flight', async () => {
    const worker = new Worker(new URL('../../src/integrations/pagefind/index-worker.ts', import.meta.url), { workerData: { language: 'en' } });
    const ended = new Promise<string>((resolve) => {
      worker.once('message', (r: IndexWorkerResult) => resolve(`answered: ${r.errors.join(' ')}`));
      worker.once('error', (e: Error) => resolve(`failed: ${e.message}`));
      worker.once('exit', (code) => resolve(`exited ${code}`));
    });
    const send = (m: IndexWorkerMessage) => worker.postMessage(m);
    try {
      const pid = await pagefindBackend();
      // Frozen, Pagefind reads nothing: the page's request is surely written and waiting when it is killed.
      process.kill(pid, 'SIGSTOP');
      send({ kind: 'page', path: '/articles/a/', html: new TextEncoder().encode('<html lang="en"><body data-pagefind-body><p>Zoom</p></body></html>') });
      await sleep(300);
      process.kill(pid, 'SIGKILL');
      send({ kind: 'finish', outDir: '/nonexistent-lintas-test', fromDisk: [] });
      const outcome = await Promise.race([ended, sleep(10_000).then(() => 'still waiting after 10 s')]);
      expect(outcome).not.toBe('still waiting after 10 s');
    } finally {
      await worker.terminate();
    }
  });
});
