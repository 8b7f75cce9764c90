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
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Entity } from '../schemas/entity.ts';
import type { CrossReference } from '../lib/cross-reference.ts';
import { loadDataset } from './dataset.ts';
import { closePageSink, INDEXED_PATH, openPageSink } from './pagefind/page-sink.ts';
import { actionLabel } from '../lib/labels.ts';
import { pagefindFilters, SORT_KEY } from '../lib/search-facets.ts';
import { eventFacetValues } from '../lib/search-facet-values.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { eventPath, type TimelinePaging } from '../lib/paths.ts';
import { searchNames } from '../lib/search-terms.ts';
import { timelinePaging } from '../lib/timeline.ts';

/** The language of the one index (see above). */
export const INDEX_LANGUAGE = 'en';

/** One event as a Pagefind custom record; `paging` places its URL on the right timeline page. */
export function eventRecord(xref: CrossReference, id: string, paging: TimelinePaging): pagefind.CustomRecord {
  const ev = xref.events.get(id)!;
  const d = ev.data;
  const actors = d.actor.map((a) => xref.entities.get(a)!);
  const subject = d.subject ? xref.entities.get(d.subject) : undefined;
  const names = (e: { data: Entity }) => searchNames(e.data).join(', ');
  const sentence = (s: string) => `${s.trim().replace(/[.\s]+$/, '')}.`;
  const content = [
    sentence(d.title),
    sentence(actionLabel[d.action]),
    sentence(d.summary),
    sentence(`By ${actors.map(names).join('; ')}`),
    subject ? sentence(`Concerning ${subject.data.name}`) : '',
    d.scope ? sentence(`Scope: ${d.scope}`) : '',
    d.reason ? sentence(`Stated reason: ${d.reason}`) : '',
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
 * The index is opened as the build starts: the events go in at once (they come from the content, not
 * from pages), and each article and entity page goes in as Astro renders it (pagefind/page-sink.ts,
 * src/middleware.ts), so Pagefind works on the other CPU during the build. Once the pages are
 * written, any indexed page the sink did not see is read from disk (none, normally; the result is the
 * same either way), and the index is written.
 */
export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  let index: pagefind.PagefindIndex | undefined;
  const pending: Promise<{ what: string; errors: string[] }>[] = [];
  const fromRender = new Set<string>();
  let events = 0;
  const decoder = new TextDecoder();
  const close = async () => {
    closePageSink();
    if (index) await index.deleteIndex().catch(() => undefined);
    index = undefined;
    await pagefind.close();
  };
  return {
    name: 'lintas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
        if (created.errors.length > 0 || !created.index) throw new Error(`Pagefind: createIndex failed:\n${created.errors.join('\n')}`);
        const idx = (index = created.index);
        openPageSink({
          add(pagePath, html) {
            fromRender.add(pagePath);
            pending.push(idx.addHTMLFile({ url: pagePath, content: decoder.decode(html) }).then((r) => ({ what: `indexing ${pagePath}`, errors: r.errors })));
          },
        });
        const { xref } = await loadDataset(root);
        const paging = timelinePaging(xref.timeline);
        events = xref.timeline.length;
        for (const ev of xref.timeline)
          pending.push(idx.addCustomRecord(eventRecord(xref, ev.id, paging)).then((r) => ({ what: `indexing event ${ev.id}`, errors: r.errors })));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = path.join(outDir, 'pagefind');
        closePageSink();
        try {
          if (!index) throw new Error('Pagefind: the index was not opened at astro:build:start');
          const idx = index;
          const onDisk = await indexedPagesOnDisk(outDir);
          const missing = onDisk.filter((p) => !fromRender.has(p));
          const missed = missing.length;
          for (const pagePath of missing) {
            const file = path.join(outDir, pagePath, 'index.html');
            pending.push(
              idx.addHTMLFile({ url: pagePath, content: await readFile(file, 'utf8') }).then((r) => ({ what: `indexing ${pagePath}`, errors: r.errors })),
            );
          }
          const failed = (await Promise.all(pending)).filter((r) => r.errors.length > 0);
          if (failed.length > 0) throw new Error(`Pagefind: ${failed.map((f) => `${f.what} failed:\n${f.errors.join('\n')}`).join('\n')}`);
          await rm(outputPath, { recursive: true, force: true });
          const written = await idx.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind: writing the index failed:\n${written.errors.join('\n')}`);
          logger.info(
            `indexed ${onDisk.length} pages (${onDisk.length - missed} handed over as rendered) and ${events} events into ${path.relative(root, outputPath) || outputPath}`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
