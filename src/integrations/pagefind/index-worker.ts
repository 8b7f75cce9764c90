/**
 * Worker thread that owns the build's Pagefind index (src/integrations/pagefind.ts starts it as the
 * build starts). Pagefind's Node API sends every page to its process as JSON in base64, ~0.4 ms a
 * page; here that work runs beside Astro's thread instead of on it (2.6 s at 5,000 articles).
 * Messages in: pages as Astro renders them, the event records, then `finish`; one message out: the
 * outcome. Plain Node (type stripping): imports only Node-safe modules.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

export type IndexWorkerMessage =
  | { kind: 'page'; path: string; html: Uint8Array }
  | { kind: 'records'; records: pagefind.CustomRecord[] }
  /** `fromDisk`: indexed pages no message brought, as site paths, read from `outDir`. */
  | { kind: 'finish'; outDir: string; fromDisk: string[] };

export interface IndexWorkerResult {
  errors: string[];
  pages: number;
  records: number;
  /** Seconds from `finish` until every page and record was in, then writing the index. */
  catchUpS: number;
  writeS: number;
}

const { language } = workerData as { language: string };
const decoder = new TextDecoder();
const pending: Promise<string[]>[] = [];
let pages = 0;
let records = 0;
const created = pagefind.createIndex({ forceLanguage: language });
const indexed = async () => {
  const { index, errors } = await created;
  if (!index) throw new Error(`Pagefind: createIndex failed:\n${errors.join('\n')}`);
  return index;
};
const note = (what: string, work: Promise<{ errors: string[] }>) =>
  pending.push(work.then((r) => (r.errors.length > 0 ? [`${what} failed:\n${r.errors.join('\n')}`] : [])));

async function finish(outDir: string, fromDisk: string[]): Promise<IndexWorkerResult> {
  const started = performance.now();
  const index = await indexed();
  for (const pagePath of fromDisk) {
    const content = await readFile(path.join(outDir, pagePath, 'index.html'), 'utf8');
    pages++;
    note(`indexing ${pagePath}`, index.addHTMLFile({ url: pagePath, content }));
  }
  const errors = (await Promise.all(pending)).flat();
  const caughtUp = performance.now();
  if (errors.length === 0) {
    const outputPath = path.join(outDir, 'pagefind');
    await rm(outputPath, { recursive: true, force: true });
    const result = await index.writeFiles({ outputPath });
    errors.push(...result.errors.map((e) => `writing the index failed: ${e}`));
  }
  const written = performance.now();
  await index.deleteIndex();
  await pagefind.close();
  return { errors, pages, records, catchUpS: (caughtUp - started) / 1000, writeS: (written - caughtUp) / 1000 };
}

parentPort!.on('message', (message: IndexWorkerMessage) => {
  if (message.kind === 'page') {
    pages++;
    const content = decoder.decode(message.html);
    note(
      `indexing ${message.path}`,
      indexed().then((index) => index.addHTMLFile({ url: message.path, content })),
    );
  } else if (message.kind === 'records') {
    records += message.records.length;
    for (const record of message.records)
      note(
        `indexing ${record.url}`,
        indexed().then((index) => index.addCustomRecord(record)),
      );
  } else {
    // No message comes after `finish`, so the port no longer keeps this thread alive: what does is
    // Pagefind's process while a request is out. Should that process die with a request unanswered
    // (Pagefind's API then never settles it), the thread ends and the build fails, instead of waiting
    // for ever.
    parentPort!.unref();
    finish(message.outDir, message.fromDisk).then(
      (result) => parentPort!.postMessage(result),
      (error: unknown) => parentPort!.postMessage({ errors: [String(error)], pages, records, catchUpS: 0, writeS: 0 } satisfies IndexWorkerResult),
    );
  }
});
