/**
 * One built page of each kind, for the quality gates that cannot afford every page (html-validate,
 * axe in Chromium, weight). Pages that another issue is still adding (/data/, /search/) are included
 * as soon as they are built, so the gates extend themselves; `required: false` marks those.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../helpers/dist.ts';

export interface PageKind {
  kind: string;
  url: string;
  /** Whether the page may load or run script (search, sortable tables). */
  needsScript: boolean;
  required: boolean;
}

function firstDir(under: string): string {
  const dirs = readdirSync(path.join(distDir, under), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'page').map((d) => d.name).sort();
  if (!dirs[0]) throw new Error(`no built page under /${under}/`);
  return dirs[0];
}

/** The first month page and the first part of a split month of /timeline/2020/, where the build has them. */
function monthPageUrls(): string[] {
  const dir = path.join(distDir, 'timeline/2020');
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).sort();
  return [names.find((n) => /^\d{2}$/.test(n)), names.find((n) => /^\d{2}-\d{2}$/.test(n))].filter((n) => n !== undefined).map((n) => `/timeline/2020/${n}/`);
}

export function pageKinds(): PageKind[] {
  const kinds: PageKind[] = [
    { kind: 'home', url: '/', needsScript: false, required: true },
    { kind: 'article', url: `/articles/${firstDir('articles')}/`, needsScript: false, required: true },
    { kind: 'articles index', url: '/articles/', needsScript: false, required: true },
    { kind: 'entities index', url: '/entities/', needsScript: false, required: true },
    // zoom is the entity with the most on its page: measures table, events, articles.
    { kind: 'entity', url: '/entities/zoom/', needsScript: false, required: true },
    { kind: 'timeline index', url: '/timeline/', needsScript: false, required: true },
    { kind: 'timeline year', url: '/timeline/2020/', needsScript: false, required: true },
    { kind: 'timeline filtered', url: '/timeline/2020/country/tw/', needsScript: false, required: true },
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
