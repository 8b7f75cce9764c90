/**
 * Worker thread: draws Open Graph cards into the card folder (skipping cards already there) and posts
 * back where each PNG is. Started by src/integrations/og-images.ts as the build starts, so cards are
 * drawn on the second CPU while Astro bundles and renders pages on the first; a second worker joins
 * when Astro has written its pages, if enough cards are left (og-images/slots.ts). Workers share one counter (a SharedArrayBuffer): each takes the
 * next card number with Atomics.add, so no card is drawn twice and none is left out.
 * Plain Node (type stripping): imports only Node-safe modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import type { OgCardSpec } from '../../lib/og-cards.ts';
import { cardFile } from '../../lib/og-image.ts';
import { Slot } from './slots.ts';

export interface OgWorkerInput {
  /** Every card of the build, worked out by the main thread from its one read of content/. */
  specs: OgCardSpec[];
  /** The card folder: the OG cache, or a temporary folder when the cache is off. */
  dir: string;
  /** Int32s shared by every worker and the build, indexed by `Slot` (og-images/slots.ts). */
  next: SharedArrayBuffer;
  /** When the build created this worker, in ms since the epoch (performance.timeOrigin + now). */
  createdAt: number;
}

export interface OgWorkerResult {
  /** All cards there are (the same for every worker). */
  total: number;
  /** Published path ("/og/articles/x.png") and the PNG file to link there, for the cards this worker took. */
  files: { path: string; file: string }[];
  rendered: number;
  reused: number;
  /** When this worker finished, in ms since the epoch (performance.timeOrigin + now). */
  finishedAt: number;
}

const { dir, next, specs, createdAt } = workerData as OgWorkerInput;
// One libvips thread: the point of the worker is to use a CPU Astro leaves idle, not to compete for Astro's.
sharp.concurrency(1);
const counter = new Int32Array(next);
// The first worker to get here tells the build how many cards there are and how long starting took.
if (Atomics.compareExchange(counter, Slot.total, 0, specs.length) === 0)
  Atomics.store(counter, Slot.startMs, Math.round(performance.timeOrigin + performance.now() - createdAt));
const result: OgWorkerResult = { total: specs.length, files: [], rendered: 0, reused: 0, finishedAt: 0 };
for (let i = Atomics.add(counter, Slot.next, 1); i < specs.length; i = Atomics.add(counter, Slot.next, 1)) {
  const t = performance.now();
  const { file, rendered } = await cardFile(specs[i]!.card, dir);
  result.files.push({ path: specs[i]!.path, file });
  if (rendered) {
    result.rendered++;
    Atomics.add(counter, Slot.drawn, 1);
    Atomics.add(counter, Slot.drawUs, Math.round((performance.now() - t) * 1000));
  } else result.reused++;
}
result.finishedAt = performance.timeOrigin + performance.now();
parentPort!.postMessage(result);
