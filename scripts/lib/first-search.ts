/**
 * What a reader's first search downloads: the built site is served on loopback with gzip (as a static
 * host would), Debian's Chromium opens /search/ with an empty cache, types a query and waits until the
 * results are shown and the network is quiet. Everything fetched from the first keystroke on
 * (Pagefind's script, WebAssembly, index chunks, result fragments, our exact-name shard) is summed
 * as transferred bytes (headers and compressed bodies). The page itself is reported apart.
 *
 * Used by `npm run bench` (issue 7's target: a first search transfers under 300 kB) and on its own:
 * `node scripts/lib/first-search.ts [dist] [query ...]`.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export interface FirstSearch {
  query: string;
  /** The /search/ page and what it loads before any query. */
  pageBytes: number;
  /** Everything fetched from typing the query until the results settle. */
  searchBytes: number;
  searchRequests: number;
  /** The status line shown, e.g. "1,234 results for “Zoom”". */
  status: string;
}

/** Resolves once no request has been in flight for `quietMs`. */
function networkQuiet(page: Page, quietMs = 500): Promise<void> {
  let inFlight = 0;
  let timer: NodeJS.Timeout | undefined;
  return new Promise((resolve) => {
    const check = () => {
      clearTimeout(timer);
      if (inFlight === 0) timer = setTimeout(resolve, quietMs);
    };
    page.on('request', () => {
      inFlight++;
      clearTimeout(timer);
    });
    const done = () => {
      inFlight = Math.max(0, inFlight - 1);
      check();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    check();
  });
}

export async function measureFirstSearch(dist: string, queries: string[]): Promise<FirstSearch[]> {
  const site = await serveStatic(path.resolve(dist), { gzip: true });
  const browser = await launchChromium();
  const out: FirstSearch[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext(); // an empty cache for every query
      const page = await context.newPage();
      let phase: 'page' | 'search' = 'page';
      const bytes = { page: 0, search: 0 };
      let searchRequests = 0;
      const sizes: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        const counted = phase;
        if (counted === 'search') searchRequests++;
        sizes.push(
          request.sizes().then((s) => {
            bytes[counted] += s.responseHeadersSize + s.responseBodySize;
          }),
        );
      });
      await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
      phase = 'search';
      const quiet = networkQuiet(page);
      await page.locator('#search-q').fill(query);
      const status = page.locator('#search-status').filter({ hasText: `for “${query}”` });
      await status.waitFor({ timeout: 60_000 });
      await quiet;
      await Promise.all(sizes);
      out.push({ query, pageBytes: bytes.page, searchBytes: bytes.search, searchRequests, status: (await status.textContent()) ?? '' });
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}

if (import.meta.main) {
  const [dist = 'dist', ...queries] = process.argv.slice(2);
  for (const r of await measureFirstSearch(dist, queries.length ? queries : ['Zoom', 'Taiwan', '行政院'])) {
    console.log(
      `${r.query}: first search ${(r.searchBytes / 1024).toFixed(1)} kB in ${r.searchRequests} requests (page ${(r.pageBytes / 1024).toFixed(1)} kB); ${r.status}`,
    );
  }
}
