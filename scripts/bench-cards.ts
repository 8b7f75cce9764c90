/**
 * `npm run bench:cards [-- <count>]`: the CPU cost of one Open Graph card, without a build. Draws
 * <count> (default 200) synthetic cards (article-like and entity-like text) through the build's own
 * path (`cardFile`: layout and hash, Skia, sharp's PNG encoder, write) into a temporary folder, in one thread with one libvips
 * thread as the card worker does, three times, and prints CPU ms per card (process.cpuUsage: every
 * thread of the process, libvips's included). CPU, not wall time, so a busy machine skews it less.
 * It runs with the build's allocator settings (scripts/lib/allocator-env.ts), restarting itself with
 * them when they are missing; set one yourself to compare, e.g. `MIMALLOC_PURGE_DELAY=10 npm run bench:cards`
 * for mimalloc's default. See BENCHMARKS.md ("Where a card's CPU goes", item 36).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { cardFile } from '../src/lib/og-image.ts';
import type { CardText } from '../src/lib/og-card-layout.ts';
import { ALLOCATOR_ENV, hasAllocatorEnv, withAllocatorEnv } from './lib/allocator-env.ts';

if (!hasAllocatorEnv()) {
  const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, ...process.argv.slice(2)], {
    env: withAllocatorEnv(process.env),
    stdio: 'inherit',
  });
  if (run.error) console.error(`bench:cards: could not restart with the allocator settings: ${run.error.message}`);
  process.exit(run.status ?? 1);
}

const count = Number(process.argv[2] ?? 200);
if (!Number.isInteger(count) || count < 1) {
  console.error('bench:cards: the argument is how many cards to draw, e.g. 200');
  process.exit(2);
}
sharp.concurrency(1);
const words = 'Zoom security ministry ban government agency video calls privacy encryption school company Taiwan data'.split(' ');
const cards = (run: number): CardText[] =>
  Array.from({ length: count }, (_, i) => ({
    kicker: i % 5 ? `Translated from Indonesian · Outlet ${i % 7}` : 'Government agency · Taiwan',
    // The run number in the title makes every card new, so none comes from the cache.
    title: `${Array.from({ length: 6 + (i % 9) }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ')} ${run}-${i}`,
    detail: i % 5 ? undefined : `A synthetic entity description with a few words about what it did in 2020, number ${i}`,
    footer: i % 5 ? '7 April 2020' : `${i % 12} events on the timeline`,
  }));
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const dir = await mkdtemp(path.join(os.tmpdir(), 'lintas-bench-cards-'));
try {
  const t0 = cpuMs();
  await cardFile({ kicker: 'warm-up', title: 'first card' }, dir);
  console.log(
    `bench:cards: ${Object.keys(ALLOCATOR_ENV)
      .map((k) => `${k}=${process.env[k]}`)
      .join(' ')}`,
  );
  console.log(`bench:cards: first card ${(cpuMs() - t0).toFixed(0)} ms of CPU (loading the layout engine and the font)`);
  for (let run = 1; run <= 3; run++) {
    const t = cpuMs();
    for (const card of cards(run)) await cardFile(card, dir);
    console.log(`bench:cards: run ${run}: ${((cpuMs() - t) / count).toFixed(2)} ms of CPU a card (${count} cards)`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
