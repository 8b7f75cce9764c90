/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` during `astro build`, with Pagefind's
 * Node API. Only for use in integration code (Node).
 *
 * What is indexed:
 * - the article and entity pages (INDEXED_PATH; each carries `data-pagefind-body`), handed over as
 *   Astro renders them (see pagefindIndex below);
 * - every event as a record of its own (addCustomRecord), pointing at its anchor on the timeline,
 *   with its title, summary, scope, reason and every name and alias of its actors, so that an event
 *   is found under any name of whoever took it.
 *
 * Languages: ONE index, forced to English (`forceLanguage: 'en'`). Pagefind splits its index by page
 * language and searches only the index of the page the search runs on, so a record in another
 * language index is lost to a reader searching from an English page. Every page here is
 * `<html lang="en">` and carries its foreign text inside: the Indonesian original beside the
 * translation, Chinese and Indonesian names among an entity's aliases. In the English index:
 * - Indonesian words ("melarang", "instansi pemerintahan") are stemmed with the English stemmer on
 *   both sides, index and query, so they still match (tested);
 * - Chinese: a run of characters is one word, matched from its start (行政院 finds 行政院 and
 *   行政院資通安全處); src/lib/search-terms.ts adds each name's tails so a later part (資通安全處)
 *   matches too. A Chinese index (forceLanguage 'zh', dictionary segmentation) would lose the English
 *   stemming of everything else, and per-language indexes would hide the Chinese-tagged pages from a
 *   search run on an English page.
 *
 * Facets, the same names on pages and records: the list in src/lib/search-facets.ts, each record's
 * values from src/lib/search-facet-values.ts; sort key SORT_KEY (an ISO date, so it sorts as text).
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as pagefind from 'pagefind';
import type { CrossReference } from '../lib/cross-reference.ts';
import { loadDataset } from './dataset.ts';
import { closePageSink, INDEXED_PATH, openPageSink } from './pagefind/page-sink.ts';
import { indexTimeoutS, within } from './pagefind/deadline.ts';
import type { IndexWorkerMessage, IndexWorkerResult } from './pagefind/index-worker.ts';
import { actionLabel } from '../lib/labels.ts';
import { pagefindFilters, SORT_KEY } from '../lib/search-facets.ts';
import { eventFacetValues } from '../lib/search-facet-values.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { articlePath, entityPath, eventPath, type TimelinePaging } from '../lib/paths.ts';
import { searchTerms } from '../lib/search-terms.ts';
import { timelinePaging } from '../lib/timeline.ts';

/** The language of the one index (see above). */
export const INDEX_LANGUAGE = 'en';

/** One event as a Pagefind custom record; `paging` places its URL on the right timeline page. */
export function eventRecord(xref: CrossReference, id: string, paging: TimelinePaging): pagefind.CustomRecord {
  const ev = xref.events.get(id)!;
  const d = ev.data;
  const actors = d.actor.map((a) => xref.entities.get(a)!);
  const subject = d.subject ? xref.entities.get(d.subject) : undefined;
  const terms = actors.map((a) => searchTerms(a.data));
  const sentence = (s: string) => `${s.trim().replace(/[.\s]+$/, '')}.`;
  const content = [
    sentence(d.title),
    sentence(actionLabel[d.action]),
    sentence(d.summary),
    sentence(`By ${terms.map((t) => t.names.join(', ')).join('; ')}`),
    subject ? sentence(`Concerning ${subject.data.name}`) : '',
    d.scope ? sentence(`Scope: ${d.scope}`) : '',
    d.reason ? sentence(`Stated reason: ${d.reason}`) : '',
    // The actors' extra name forms, for matching only: last, so an excerpt shows them only when they matched.
    terms.flatMap((t) => t.variants).join(' '),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    url: eventPath(ev.id, ev.when, paging),
    content,
    language: INDEX_LANGUAGE,
    meta: {
      title: d.title,
      kind: 'event',
      date: formatPartialDate(ev.when, { period: d.period, approximate: d.approximate }),
      datetime: ev.when,
      action: actionLabel[d.action],
      actors: actors.map((a) => a.data.name).join(', '),
    },
    filters: pagefindFilters(eventFacetValues(ev, xref)),
    sort: { [SORT_KEY]: ev.when },
  };
}

/** The indexed pages present in the output folder, as site paths ("/articles/<id>/"). */
async function indexedPagesOnDisk(outDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const section of ['articles', 'entities']) {
    const entries = await readdir(path.join(outDir, section), { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isDirectory() && existsSync(path.join(outDir, section, e.name, 'index.html'))) found.push(`/${section}/${e.name}/`);
  }
  return found.filter((p) => INDEXED_PATH.test(p));
}

/**
 * The index is opened as the build starts, in a worker thread (pagefind/index-worker.ts): the events
 * go in at once (they come from the content, not from pages), and each article and entity page goes
 * in as Astro renders it (pagefind/page-sink.ts, src/middleware.ts), so the index is built on the
 * other CPU during the build. Once the pages are written, any indexed page the sink did not see is
 * read from disk (none, normally; the result is the same either way), and the index is written.
 */
export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  let outDir = '';
  let worker: Worker | undefined;
  let outcome: Promise<IndexWorkerResult> | undefined;
  const fromRender = new Set<string>();
  const send = (message: IndexWorkerMessage) => worker!.postMessage(message);
  const stop = async () => {
    closePageSink();
    await worker?.terminate();
    worker = undefined;
  };
  return {
    name: 'lintas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        // The worker's code sits beside this module, as the card worker's does.
        const w = (worker = new Worker(new URL('./pagefind/index-worker.ts', import.meta.url), {
          workerData: { language: INDEX_LANGUAGE, sortKey: SORT_KEY },
        }));
        // Until the build is done, the worker must not keep a failed build's process alive.
        w.unref();
        outcome = new Promise<IndexWorkerResult>((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
          w.once('exit', (code) =>
            reject(new Error(`Pagefind: the search index worker stopped (exit code ${code}) before it finished; did Pagefind's process die?`)),
          );
        });
        outcome.catch(() => undefined); // reported when the build awaits it
        openPageSink({
          add(pagePath, html) {
            fromRender.add(pagePath);
            // Copied, not transferred: the same bytes go on to Astro.
            send({ kind: 'page', path: pagePath, html });
          },
        });
        const { articles, xref } = await loadDataset(root);
        const paging = timelinePaging(xref.timeline);
        send({ kind: 'records', records: xref.timeline.map((ev) => eventRecord(xref, ev.id, paging)) });
        // The pages the index will hold, so the index is written as soon as they are in (index-worker.ts).
        const expected = [...articles.map((a) => articlePath(a.id)), ...[...xref.entities.keys()].map(entityPath)].filter((p) => INDEXED_PATH.test(p));
        send({ kind: 'expect', paths: expected, outDir });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const builtDir = fileURLToPath(dir);
        closePageSink();
        try {
          if (!worker || !outcome) throw new Error('Pagefind: the index was not opened at astro:build:start');
          const onDisk = await indexedPagesOnDisk(builtDir);
          const missing = onDisk.filter((p) => !fromRender.has(p));
          send({ kind: 'finish', outDir: builtDir, fromDisk: missing });
          // A Pagefind process that stops answering would otherwise hold the build for ever (deadline.ts).
          const result = await within(outcome, indexTimeoutS());
          if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('\n')}`);
          logger.info(
            `indexed ${onDisk.length} pages (${onDisk.length - missing.length} handed over as rendered) and ${result.records} events into ${path.relative(root, path.join(builtDir, 'pagefind'))} (${result.early ? `written as the last of them came in, beside the other pages: ${result.writeS.toFixed(1)} s; after the pages: ${result.catchUpS.toFixed(1)} s waiting for it` : `after the pages: ${result.catchUpS.toFixed(1)} s catching up, ${result.writeS.toFixed(1)} s writing`})`,
          );
        } finally {
          await stop();
        }
      },
    },
  };
}
