/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written the site, with
 * Pagefind's Node API. Only for use in integration code (Node).
 *
 * What is indexed:
 * - pages that carry `data-pagefind-body` (articles and entities; Pagefind drops every other page
 *   once one page has it, so lists, timeline years and their filtered views stay out);
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
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Entity } from '../schemas/entity.ts';
import type { CrossReference } from '../lib/cross-reference.ts';
import { loadDataset } from './dataset.ts';
import { actionLabel } from '../lib/labels.ts';
import { pagefindFilters, SORT_KEY } from '../lib/search-facets.ts';
import { eventFacetValues } from '../lib/search-facet-values.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { eventPath, type TimelinePaging } from '../lib/paths.ts';
import { searchNames } from '../lib/search-terms.ts';
import { timelinePaging } from '../lib/timeline.ts';

/** The pages Pagefind reads: article and entity pages, the only ones with data-pagefind-body. */
export const INDEXED_PAGES = '{articles,entities}/*/index.html';

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

export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'lintas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = path.join(outDir, 'pagefind');
        const fail = (what: string, errors: string[]) => {
          if (errors.length > 0) throw new Error(`Pagefind: ${what} failed:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
        fail('createIndex', errors);
        try {
          // Only the folders whose pages carry data-pagefind-body: reading every timeline month and
          // list page only for Pagefind to drop it cost time that grows with the archive.
          const pages = await index!.addDirectory({ path: outDir, glob: INDEXED_PAGES });
          fail('indexing the pages', pages.errors);
          const { xref } = await loadDataset(root);
          const paging = timelinePaging(xref.timeline);
          for (const ev of xref.timeline) {
            const added = await index!.addCustomRecord(eventRecord(xref, ev.id, paging));
            fail(`indexing event ${ev.id}`, added.errors);
          }
          await rm(outputPath, { recursive: true, force: true });
          const written = await index!.writeFiles({ outputPath });
          fail('writing the index', written.errors);
          logger.info(`indexed ${pages.page_count} pages and ${xref.timeline.length} events into ${path.relative(root, outputPath) || outputPath}`);
        } finally {
          await index!.deleteIndex();
          await pagefind.close();
        }
      },
    },
  };
}
