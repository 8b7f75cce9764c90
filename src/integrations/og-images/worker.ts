/**
 * Worker thread: renders every Open Graph card of the site into the card folder (skipping cards
 * already there) and posts back where each PNG is. Started by src/integrations/og-images.ts as the
 * build starts, so the cards are drawn on the second CPU while Astro bundles and renders pages on
 * the first. Plain Node (type stripping): imports only Node-safe modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { ogCards } from '../../lib/og-cards.ts';
import { cardFile } from '../../lib/og-image.ts';
import { loadDataset } from '../dataset.ts';

export interface OgWorkerInput {
  root: string;
  /** The card folder: the OG cache, or a temporary folder when the cache is off. */
  dir: string;
}

export interface OgWorkerResult {
  /** Published path ("/og/articles/x.png") and the PNG file to copy there. */
  files: { path: string; file: string }[];
  rendered: number;
  reused: number;
}

const { root, dir } = workerData as OgWorkerInput;
// One libvips thread: the point of the worker is to use the CPU Astro leaves idle, not to compete for Astro's.
sharp.concurrency(1);
const started = performance.now();
const { articles, xref } = await loadDataset(root, { articles: true });
const result: OgWorkerResult = { files: [], rendered: 0, reused: 0 };
for (const spec of ogCards(articles, xref)) {
  const { file, rendered } = await cardFile(spec.card, dir);
  result.files.push({ path: spec.path, file });
  if (rendered) result.rendered++;
  else result.reused++;
}
parentPort!.postMessage({ ...result, ms: performance.now() - started });
