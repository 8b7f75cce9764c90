/**
 * Worker thread that owns the build's Pagefind index (src/integrations/pagefind.ts starts it as the
 * build starts). Pagefind's Node API sends every page to its process as JSON in base64, ~0.4 ms a
 * page; here that work runs beside Astro's thread instead of on it (2.6 s at 5,000 articles).
 * Messages in: the pages the site will have (`expect`), pages as Astro renders them, the event
 * records, then `finish`; one message out: the outcome. Plain Node (type stripping): imports only
 * Node-safe modules.
 *
 * The index is written as soon as every expected page and the records are in, while Astro still
 * renders the pages the index does not hold (the timeline, the lists, the data files): Pagefind's
 * writing (its index building and level-9 gzip of every file, ~15 s at 5,000 articles, one thread)
 * was the build's tail. `finish` then only waits for it. Should a page come that was not expected,
 * or one be found on disk that never came, the early index is thrown away and written again with
 * every page, so the index is the same whatever the order.
 *
 * The text of every page and record, and a record's meta fields, have their quote marks straightened
 * on the way in (src/lib/search/quote-marks.ts says why); attributes, filters and sort keys do not.
 * Pagefind hands the index over in memory (`getFiles`, not `writeFiles`: bundle.ts says why);
 * reshape-index.ts regroups its word chunks and moves the date order (`sortKey`) into a file of its
 * own, and then the files are written, once.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { straightQuotes, straightQuotesInHtml } from '../../lib/search/quote-marks.ts';
import { bundleOf, writeBundle } from './bundle.ts';
import { reshapeIndex } from './reshape-index.ts';

export type IndexWorkerMessage =
  | { kind: 'page'; path: string; html: Uint8Array }
  | { kind: 'records'; records: pagefind.CustomRecord[] }
  /** The site paths of every page the index will hold, and where the index goes. */
  | { kind: 'expect'; paths: string[]; outDir: string }
  /** `fromDisk`: indexed pages no message brought, as site paths, read from `outDir`. */
  | { kind: 'finish'; outDir: string; fromDisk: string[] };

export interface IndexWorkerResult {
  errors: string[];
  pages: number;
  records: number;
  /** Seconds from `finish` until every page and record was in, then writing the index. */
  catchUpS: number;
  writeS: number;
  /** True when the index was written before `finish`, as soon as the expected pages were in. */
  early: boolean;
}

const { language, sortKey } = workerData as { language: string; sortKey: string };
const decoder = new TextDecoder();
const pending: Promise<string[]>[] = [];
let pages = 0;
let records = 0;
let recordsIn = false;
let expected: { paths: Set<string>; outDir: string } | undefined;
const received = new Set<string>();
/** The early write, once started; `stale` when a page came after it started. */
let early: { done: Promise<{ errors: string[]; writeS: number }>; stale: boolean } | undefined;
const created = pagefind.createIndex({ forceLanguage: language });
const indexed = async () => {
  const { index, errors } = await created;
  if (!index) throw new Error(`Pagefind: createIndex failed:\n${errors.join('\n')}`);
  return index;
};
const note = (what: string, work: Promise<{ errors: string[] }>) =>
  pending.push(work.then((r) => (r.errors.length > 0 ? [`${what} failed:\n${r.errors.join('\n')}`] : [])));

/** Hands a page to Pagefind, its text's quote marks straightened (the one way pages go in). */
const addPage = (url: string, html: string) => {
  const content = straightQuotesInHtml(html);
  note(
    `indexing ${url}`,
    indexed().then((index) => index.addHTMLFile({ url, content })),
  );
};

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Builds the index, reshapes it and writes it into `outputPath`; returns what went wrong. */
async function writeIndex(index: pagefind.PagefindIndex, outputPath: string): Promise<string[]> {
  const { files, errors } = await index.getFiles();
  if (errors.length > 0) return errors.map((e) => `building the index failed: ${e}`);
  const bundle = bundleOf(files);
  try {
    // Lighter chunks and metadata for a first search (reshape-index.ts says how and why).
    reshapeIndex(bundle, language, sortKey);
  } catch (e) {
    return [`reshaping the index failed: ${messageOf(e)}`];
  }
  try {
    await rm(outputPath, { recursive: true, force: true });
    writeBundle(outputPath, bundle);
  } catch (e) {
    return [`writing the index failed: ${messageOf(e)}`];
  }
  return [];
}

/** Waits for every page and record sent so far, then writes the index into `<outDir>/pagefind`. */
async function write(outDir: string): Promise<{ errors: string[]; writeS: number }> {
  const index = await indexed();
  const errors = (await Promise.all(pending)).flat();
  const started = performance.now();
  if (errors.length === 0) errors.push(...(await writeIndex(index, path.join(outDir, 'pagefind'))));
  return { errors, writeS: (performance.now() - started) / 1000 };
}

/** Starts the early write once every expected page and the records are in. */
function writeEarlyWhenComplete(): void {
  if (early || !expected || !recordsIn || received.size < expected.paths.size) return;
  for (const p of expected.paths) if (!received.has(p)) return;
  early = { done: write(expected.outDir), stale: false };
  early.done.catch(() => undefined); // awaited by finish
}

async function finish(outDir: string, fromDisk: string[]): Promise<IndexWorkerResult> {
  const started = performance.now();
  const index = await indexed();
  for (const pagePath of fromDisk) {
    pages++;
    addPage(pagePath, await readFile(path.join(outDir, pagePath, 'index.html'), 'utf8'));
  }
  const reuse = early !== undefined && !early.stale && fromDisk.length === 0 && expected?.outDir === outDir;
  const earlyResult = early && (await early.done);
  const caughtUp = performance.now();
  const { errors, writeS } = reuse ? earlyResult! : await write(outDir);
  await index.deleteIndex();
  await pagefind.close();
  return { errors, pages, records, catchUpS: (caughtUp - started) / 1000, writeS, early: reuse };
}

parentPort!.on('message', (message: IndexWorkerMessage) => {
  if (message.kind === 'page') {
    pages++;
    if (early) early.stale = true;
    received.add(message.path);
    addPage(message.path, decoder.decode(message.html));
    writeEarlyWhenComplete();
  } else if (message.kind === 'records') {
    records += message.records.length;
    for (const record of message.records)
      note(
        `indexing ${record.url}`,
        indexed().then((index) =>
          index.addCustomRecord({
            ...record,
            content: straightQuotes(record.content),
            // Pagefind indexes the words of every meta field too. Filters and sort keys are left as they are: they must match the facet lists.
            meta: Object.fromEntries(Object.entries(record.meta ?? {}).map(([k, v]) => [k, straightQuotes(v)])),
          }),
        ),
      );
    recordsIn = true;
    writeEarlyWhenComplete();
  } else if (message.kind === 'expect') {
    expected = { paths: new Set(message.paths), outDir: message.outDir };
    writeEarlyWhenComplete();
  } else {
    // No message comes after `finish`, so the port no longer keeps this thread alive: what does is
    // Pagefind's process while a request is out. Should that process die with a request unanswered
    // (Pagefind's API then never settles it), the thread ends and the build fails, instead of waiting
    // for ever.
    parentPort!.unref();
    finish(message.outDir, message.fromDisk).then(
      (result) => parentPort!.postMessage(result),
      (error: unknown) =>
        parentPort!.postMessage({ errors: [String(error)], pages, records, catchUpS: 0, writeS: 0, early: false } satisfies IndexWorkerResult),
    );
  }
});
