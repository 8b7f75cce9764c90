/**
 * One built page of each kind, for the quality gates that cannot afford every page (html-validate,
 * axe in Chromium, weight). Pages that another issue is still adding (/data/, /search/) are included
 * as soon as they are built, so the gates extend themselves; `required: false` marks those.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { actorsOf, involved, readContent, whenOf } from '../helpers/content.ts';
import { distDir } from '../helpers/dist.ts';

export interface PageKind {
  kind: string;
  url: string;
  /** Whether the page may load or run script (search, sortable tables). */
  needsScript: boolean;
  required: boolean;
}

function firstDir(under: string): string {
  const dirs = readdirSync(path.join(distDir, under), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'page')
    .map((d) => d.name)
    .sort();
  if (!dirs[0]) throw new Error(`no built page under /${under}/`);
  return dirs[0];
}

/** The first month page and the first part of a split month of any year, where the build has them. */
function monthPageUrls(): string[] {
  const timeline = path.join(distDir, 'timeline');
  const years = readdirSync(timeline)
    .filter((n) => /^\d{4}$/.test(n))
    .sort();
  const pages = years.flatMap((y) =>
    readdirSync(path.join(timeline, y))
      .sort()
      .map((n) => ({ y, n })),
  );
  return [pages.find(({ n }) => /^\d{2}$/.test(n)), pages.find(({ n }) => /^\d{2}-\d{2}$/.test(n))]
    .filter((p) => p !== undefined)
    .map(({ y, n }) => `/timeline/${y}/${n}/`);
}

/** The most common value, ties broken by the smallest, so the choice is stable. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best) throw new Error('page kinds: content/ has no events to choose pages by');
  return best[0];
}

/**
 * The heaviest page of each kind the content has today, chosen from content/ (not named here, so an
 * editor's edit never points a gate at a page that is gone): the entity in the most events and
 * articles (its page carries the measures table, events and articles), the year with the most
 * events, and that year's most common actor country.
 */
function heaviest() {
  const { events, articles, entity } = readContent();
  const year = mostCommon(events.map((e) => whenOf(e).slice(0, 4)));
  const country = mostCommon(
    events
      .filter((e) => whenOf(e).startsWith(year))
      .flatMap((e) => [
        ...new Set(
          actorsOf(e)
            .map((a) => entity(a).data.country)
            .filter(Boolean),
        ),
      ]),
  );
  const busiest = mostCommon([...events.flatMap(involved), ...articles.flatMap((a) => [...new Set([a.data.outlet, ...(a.data.entities ?? [])])])]);
  return { year, country: String(country).toLowerCase(), entity: busiest };
}

export function pageKinds(): PageKind[] {
  const { year, country, entity } = heaviest();
  const kinds: PageKind[] = [
    { kind: 'home', url: '/', needsScript: false, required: true },
    { kind: 'article', url: `/articles/${firstDir('articles')}/`, needsScript: false, required: true },
    { kind: 'articles index', url: '/articles/', needsScript: false, required: true },
    { kind: 'entities index', url: '/entities/', needsScript: false, required: true },
    { kind: 'entity', url: `/entities/${entity}/`, needsScript: false, required: true },
    { kind: 'timeline index', url: '/timeline/', needsScript: false, required: true },
    { kind: 'timeline year', url: `/timeline/${year}/`, needsScript: false, required: true },
    { kind: 'timeline filtered', url: `/timeline/${year}/country/${country}/`, needsScript: false, required: true },
    { kind: 'bans', url: '/bans/', needsScript: true, required: true },
    { kind: 'data', url: '/data/', needsScript: false, required: false },
    { kind: 'methods', url: '/methods/', needsScript: false, required: true },
    { kind: 'corrections', url: '/corrections/', needsScript: false, required: true },
    { kind: 'not found', url: '/404.html', needsScript: false, required: true },
    { kind: 'search', url: '/search/', needsScript: true, required: false },
    // Later pages of long lists (src/lib/paging.ts): built once the archive outgrows one page, as in
    // the benchmark's synthetic sites (npm run bench -- --sizes 300 --keep, then test its dist/).
    { kind: 'articles, page 2', url: '/articles/page/2/', needsScript: false, required: false },
    { kind: 'bans, page 2', url: '/bans/page/2/', needsScript: true, required: false },
    // A month page of a year paged by month, or a part of a split month (src/lib/timeline.ts).
    ...monthPageUrls().map((url) => ({ kind: 'timeline month', url, needsScript: false, required: false })),
  ];
  return kinds.filter((k) => k.required || existsSync(path.join(distDir, k.url, 'index.html')));
}
