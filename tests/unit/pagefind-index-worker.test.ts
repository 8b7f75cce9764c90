/**
 * The search index worker (src/integrations/pagefind/index-worker.ts): it writes the index as soon as
 * the pages it expects are in, and writes it again if a page comes that it did not expect; and when
 * Pagefind's own process dies under it, the build ends with an error instead of waiting for an answer
 * that never comes. Whatever it hands Pagefind has its quote marks straightened (quote-marks.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { IndexWorkerMessage, IndexWorkerResult } from '../../src/integrations/pagefind/index-worker.ts';
import { DEFAULT_INDEX_TIMEOUT_S, indexTimeoutS, within } from '../../src/integrations/pagefind/deadline.ts';
import { indexedWords } from '../helpers/pagefind-words.ts';

/** The pids of the Pagefind processes this process started (workers run in this process), exited ones included. */
function pagefindPids(): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid), 'pagefind'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * Starts the index worker and returns it with the pid of the Pagefind backend it started: the one
 * that was not there before (earlier tests leave their exited backends behind until reaped).
 */
async function workerWithBackend(): Promise<{ worker: Worker; pid: number }> {
  const before = new Set(pagefindPids());
  const worker = new Worker(new URL('../../src/integrations/pagefind/index-worker.ts', import.meta.url), { workerData: { language: 'en', sortKey: 'date' } });
  for (let i = 0; i < 100; i++) {
    const pid = pagefindPids().find((p) => !before.has(p));
    if (pid !== undefined) return { worker, pid };
    await sleep(50);
  }
  await worker.terminate();
  throw new Error('the worker started no Pagefind process');
}

const page = (text: string) => new TextEncoder().encode(`<html lang="en"><body data-pagefind-body><p>${text}</p></body></html>`);
const record = { url: '/timeline/2020/#event-x', content: 'A record about Ruritania.', language: 'en', meta: { title: 'x' } };

/** Runs the worker over `messages`, checking after each whether the index was written yet; then `finish`. */
async function run(messages: IndexWorkerMessage[], onDisk: Record<string, string> = {}) {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'lintas-index-'));
  for (const [pagePath, html] of Object.entries(onDisk)) {
    mkdirSync(path.join(outDir, pagePath), { recursive: true });
    writeFileSync(path.join(outDir, pagePath, 'index.html'), html);
  }
  const fromDisk = Object.keys(onDisk);
  const worker = new Worker(new URL('../../src/integrations/pagefind/index-worker.ts', import.meta.url), { workerData: { language: 'en', sortKey: 'date' } });
  const result = new Promise<IndexWorkerResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const written = () => existsSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'));
  try {
    for (const m of messages) worker.postMessage(m.kind === 'expect' ? { ...m, outDir } : m);
    // Give an early write the time to happen before `finish` is sent.
    for (let i = 0; i < 100 && !written(); i++) await sleep(50);
    const before = written();
    worker.postMessage({ kind: 'finish', outDir, fromDisk } satisfies IndexWorkerMessage);
    const outcome = await result;
    const fragments = readdirSync(path.join(outDir, 'pagefind', 'fragment')).length;
    return { outcome, before, fragments, words: indexedWords(path.join(outDir, 'pagefind')) };
  } finally {
    await worker.terminate();
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('search index worker', () => {
  it('writes the index once every expected page and the records are in, before the build finishes', async () => {
    const { outcome, before, fragments } = await run([
      { kind: 'expect', paths: ['/articles/a/', '/entities/b/'], outDir: '' },
      { kind: 'records', records: [record] },
      { kind: 'page', path: '/articles/a/', html: page('Zoom') },
      { kind: 'page', path: '/entities/b/', html: page('Ruritania') },
    ]);
    expect(outcome).toMatchObject({ errors: [], early: true, pages: 2, records: 1 });
    expect(before).toBe(true);
    expect(fragments).toBe(3);
  }, 30_000);

  it('does not write early while an expected page is missing', async () => {
    const { outcome, before, fragments } = await run([
      { kind: 'expect', paths: ['/articles/a/', '/entities/b/'], outDir: '' },
      { kind: 'records', records: [record] },
      { kind: 'page', path: '/articles/a/', html: page('Zoom') },
    ]);
    expect(before).toBe(false);
    expect(outcome).toMatchObject({ errors: [], early: false });
    expect(fragments).toBe(2);
  }, 30_000);

  it('writes the index again with every page when one comes that was not expected', async () => {
    const { outcome, fragments } = await run([
      { kind: 'expect', paths: ['/articles/a/'], outDir: '' },
      { kind: 'records', records: [record] },
      { kind: 'page', path: '/articles/a/', html: page('Zoom') },
      { kind: 'page', path: '/articles/late/', html: page('Late') },
    ]);
    expect(outcome).toMatchObject({ errors: [], early: false, pages: 2 });
    expect(fragments).toBe(3);
  }, 30_000);

  it('indexes quoted words once, as plain words: quote marks straightened in pages, from disk too, and in records and their meta', async () => {
    const quoted = '“Banned” in Taiwan’s ‘ministries’, says 「行政院」';
    const { outcome, words } = await run(
      [
        { kind: 'records', records: [{ ...record, content: 'Ruritania’s “embargo”', meta: { title: 'Grand Fenwick’s “treaty”' } }] },
        { kind: 'page', path: '/articles/a/', html: page(quoted) },
      ],
      { '/entities/b/': new TextDecoder().decode(page('Zoom’s «remote» work')) },
    );
    expect(outcome).toMatchObject({ errors: [], pages: 2, records: 1 });
    expect([...words.keys()].filter((w) => /[\u2018-\u201F\u00AB\u00BB\u2039\u203A\u300C-\u300F\uFF02\uFF07]/.test(w))).toEqual([]);
    for (const w of ['ban', 'taiwan', 'ministri', '行政院', 'ruritania', 'embargo', 'fenwick', 'treati', 'zoom', 'remot']) expect(words.has(w), w).toBe(true);
  }, 30_000);

  it('ends (instead of hanging the build) when the Pagefind process dies with a request in flight', async () => {
    const { worker, pid } = await workerWithBackend();
    const ended = new Promise<string>((resolve) => {
      worker.once('message', (r: IndexWorkerResult) => resolve(`answered: ${r.errors.join(' ')}`));
      worker.once('error', (e: Error) => resolve(`failed: ${e.message}`));
      worker.once('exit', (code) => resolve(`exited ${code}`));
    });
    const send = (m: IndexWorkerMessage) => worker.postMessage(m);
    try {
      // Frozen, Pagefind reads nothing: the page's request is surely written and waiting when it is killed.
      process.kill(pid, 'SIGSTOP');
      send({ kind: 'page', path: '/articles/a/', html: new TextEncoder().encode('<html lang="en"><body data-pagefind-body><p>Zoom</p></body></html>') });
      await sleep(300);
      process.kill(pid, 'SIGKILL');
      send({ kind: 'finish', outDir: '/nonexistent-lintas-test', fromDisk: [] });
      const outcome = await Promise.race([ended, sleep(10_000).then(() => 'still waiting after 10 s')]);
      expect(outcome).not.toBe('still waiting after 10 s');
      // Not an ordinary answer either: that would mean the process killed was not this worker's.
      expect(outcome).not.toBe('answered: ');
    } finally {
      await worker.terminate();
    }
  });

  it('fails the build with a clear error (instead of waiting for ever) when the Pagefind process stops answering but lives on', async () => {
    const { worker, pid } = await workerWithBackend();
    const result = new Promise<IndexWorkerResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    result.catch(() => undefined);
    try {
      // Frozen, not dead: the worker's requests are never answered and no error ever comes.
      process.kill(pid, 'SIGSTOP');
      worker.postMessage({ kind: 'page', path: '/articles/a/', html: page('Zoom') } satisfies IndexWorkerMessage);
      worker.postMessage({ kind: 'finish', outDir: '/nonexistent-lintas-test', fromDisk: [] } satisfies IndexWorkerMessage);
      const started = performance.now();
      await expect(within(result, 1)).rejects.toThrow(
        /not written within 1 s of the pages \(its process may be stuck\)\. Nothing was published; .*LINTAS_PAGEFIND_TIMEOUT_S/,
      );
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      await worker.terminate();
      process.kill(pid, 'SIGKILL');
    }
  }, 30_000);

  it('waits LINTAS_PAGEFIND_TIMEOUT_S seconds if set to a positive number, else the default', async () => {
    expect(indexTimeoutS({})).toBe(DEFAULT_INDEX_TIMEOUT_S);
    expect(indexTimeoutS({ LINTAS_PAGEFIND_TIMEOUT_S: '90' })).toBe(90);
    expect(indexTimeoutS({ LINTAS_PAGEFIND_TIMEOUT_S: '0.5' })).toBe(0.5);
    for (const bad of ['', ' ', '0', '-5', 'ten', 'Infinity']) expect(indexTimeoutS({ LINTAS_PAGEFIND_TIMEOUT_S: bad }), bad).toBe(DEFAULT_INDEX_TIMEOUT_S);
    await expect(within(Promise.resolve('done'), 1)).resolves.toBe('done');
  });
});
