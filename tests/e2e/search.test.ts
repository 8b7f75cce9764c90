/**
 * Search in a real browser (Chromium through playwright-core) on the built site served on loopback.
 * What each test expects is derived from content/ (src/integrations/dataset.ts reads it as the
 * build does), so an editor's ordinary edit (a new alias, a retitled article, another event) keeps it
 * green: every name of every entity finds it within the top three results; each article is found by
 * its title and by its original's; an event is found at its timeline anchor; a facet narrows the
 * results; search works by keyboard alone; a page that is not searching loads no search script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { loadDataset } from '../../src/integrations/dataset.ts';
import { articlePath, entityPath, eventAnchor, eventPath } from '../../src/lib/paths.ts';
import { nameKey } from '../../src/lib/name-lookup.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { KIND_LABEL } from '../../src/lib/search-facets.ts';

const { xref, articles } = await loadDataset(process.cwd());
const entities = [...xref.entities.values()];
/** The entity in the most events: the name a reader is most likely to search, and one with many results. */
const busiest = entities.reduce((a, b) => ((xref.eventsOf.get(b.id)?.length ?? 0) > (xref.eventsOf.get(a.id)?.length ?? 0) ? b : a));

const run = useSiteAndBrowser();

async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await run.browser.newContext();
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

const resultLinks = (page: Page) => page.locator('#search-results .result-title a');
const statusFor = (query: string) => new RegExp(`results? for “${query.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`);
const countIn = (status: string) => Number(status.replace(/,/g, '').match(/\d+/)![0]);

/** Types `query` into the open search page, waits for its results, returns the first `n` result paths. */
async function top(page: Page, query: string, n = 3): Promise<string[]> {
  await page.locator('#search-q').fill(query);
  await page
    .locator('#search-status')
    .filter({ hasText: statusFor(query) })
    .waitFor();
  const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.slice(0, n).map((h) => {
    const u = new URL(h);
    return u.pathname + u.hash;
  });
}

describe('every name finds its page within the top three results', () => {
  let page: Page;
  beforeAll(async () => {
    page = await (await run.browser.newContext()).newPage();
    await page.goto(`${run.site.url}/search/`);
  });
  afterAll(() => page?.context().close());

  for (const e of entities) {
    const names = [...new Set([e.data.name, ...e.data.aliases.map((a) => a.name)])].filter((n) => nameKey(n).length >= 2);
    it(`${e.id}: ${names.join(' | ')}`, async () => {
      for (const name of names) expect(await top(page, name), name).toContain(entityPath(e.id));
    });
  }

  // Pagefind matches a run of Chinese characters from its start; src/lib/search-terms.ts indexes its tails too.
  const tails = entities.flatMap((e) =>
    e.data.aliases
      .map((a) => [...a.name])
      .filter((chars) => chars.length >= 5 && chars.every((c) => /\p{Script=Han}/u.test(c)))
      .map((chars) => ({ id: e.id, tail: chars.slice(3).join('') }))
      .filter(({ tail }) => entities.filter((o) => [o.data.name, ...o.data.aliases.map((a) => a.name)].some((n) => n.includes(tail))).length === 1),
  );
  it.runIf(tails.length > 0)(`a later part of a Chinese name finds it (${tails.map((t) => t.tail).join(', ')})`, async () => {
    for (const { id, tail } of tails) expect(await top(page, tail), tail).toContain(entityPath(id));
  });

  for (const a of articles) {
    it(`article ${a.id}: by its title and by its original's title`, async () => {
      expect(await top(page, a.data.title)).toContain(articlePath(a.id));
      expect(await top(page, a.data.originalTitle)).toContain(articlePath(a.id));
    });
  }
});

describe('events, facets and sorting', () => {
  it('finds an event as a result of its own, at its timeline anchor, with kind and date', () =>
    withPage(async (page) => {
      const ev = xref.timeline[0]!;
      await page.goto(`${run.site.url}/search/?kind=event`);
      const hrefs = await top(page, ev.data.title);
      expect(hrefs).toContain(eventPath(ev.id, ev.when, xref));
      const item = page.locator('#search-results .result').filter({ has: page.locator(`a[href$="#${eventAnchor(ev.id)}"]`) });
      const meta = await item.locator('.result-meta').innerText();
      expect(meta.toLowerCase()).toContain(KIND_LABEL.event.toLowerCase());
      expect(meta).toContain(formatPartialDate(ev.when, { period: ev.data.period, approximate: ev.data.approximate }));
    }));

  it("a phrase typed in curly quotes (a phone's smart punctuation) is an exact-phrase search, as in straight quotes", () =>
    withPage(async (page) => {
      const ev = xref.timeline[0]!;
      const phrase = ev.data.title.split(/\s+/).slice(0, 3).join(' ');
      await page.goto(`${run.site.url}/search/`);
      const status = page.locator('#search-status');
      const search = async (query: string) => {
        await page.locator('#search-q').fill(query);
        await status.filter({ hasText: `for the exact phrase “${phrase}”` }).waitFor();
        await page.locator('#search-results .result-title a').first().waitFor();
        return { count: countIn(await status.innerText()), hrefs: await resultLinks(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)) };
      };
      const straight = await search(`"${phrase}"`);
      // Cleared first, so the second search's status and results cannot be the first's, still shown.
      await page.locator('#search-q').fill('');
      await expect.poll(() => status.innerText()).not.toContain('exact phrase');
      const curly = await search(`“${phrase}”`);
      expect(straight.count).toBeGreaterThan(0);
      expect(curly).toEqual(straight);
      expect(curly.hrefs.map((h) => new URL(h).hash)).toContain(`#${eventAnchor(ev.id)}`);
    }));

  it('loads no filter lists for a first search; opening the filters shows counts; a facet narrows the results and the URL keeps it', () =>
    withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      const query = busiest.data.name;
      await page.goto(`${run.site.url}/search/?q=${encodeURIComponent(query)}`);
      const status = page.locator('#search-status');
      await status.filter({ hasText: statusFor(query) }).waitFor();
      expect(requests.filter((p) => p.startsWith('/pagefind/filter/'))).toEqual([]);
      const all = countIn(await status.innerText());
      const entityBox = page.locator('fieldset[data-facet="kind"] li').filter({ hasText: KIND_LABEL.entity });
      // Every count the reader is ever shown beside this query, not just the last one.
      await entityBox.locator('.count').evaluate((el) => {
        const seen: string[] = [];
        (window as unknown as { seenCounts: string[] }).seenCounts = seen;
        new MutationObserver(() => el.textContent && seen.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
      });
      await page.locator('#search-filters summary').click();
      await expect.poll(() => entityBox.locator('.count').innerText()).toMatch(/^\d+$/);
      const expected = Number(await entityBox.locator('.count').innerText());
      expect(await page.evaluate(() => (window as unknown as { seenCounts: string[] }).seenCounts)).toEqual([String(expected)]);
      await entityBox.locator('label').click();
      await status.filter({ hasText: /filtered/ }).waitFor();
      const filtered = countIn(await status.innerText());
      expect(filtered).toBeGreaterThan(0);
      expect(filtered).toBeLessThan(all);
      expect(filtered).toBe(expected);
      const kinds = await page.locator('#search-results .kind').allInnerTexts();
      expect(new Set(kinds.map((k) => k.toLowerCase()))).toEqual(new Set(['entity']));
      expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['entity']);
    }));

  it('lists as checkboxes exactly the facet values in the index (one list of facets, server-rendered)', () =>
    withPage(async (page) => {
      await page.goto(`${run.site.url}/search/`);
      const listed = await page
        .locator('#search-filters input[type="checkbox"]')
        .evaluateAll((boxes) => boxes.map((b) => `${(b as HTMLInputElement).dataset.facet}: ${(b as HTMLInputElement).value}`).sort());
      // A string, so that Vitest does not rewrite the browser's import().
      const all = await page.evaluate<Record<string, Record<string, number>>>(
        `import('/pagefind/pagefind.js').then(async (pf) => { await pf.init(); return pf.filters(); })`,
      );
      const indexed = Object.entries(all)
        .flatMap(([k, vs]) => Object.keys(vs).map((v) => `${k}: ${v}`))
        .sort();
      expect(indexed.length).toBeGreaterThan(0);
      expect(listed).toEqual(indexed);
    }));

  it('sorts by date, oldest first and newest first', () =>
    withPage(async (page) => {
      const query = busiest.data.name;
      const shown = async (sort: string) => {
        await page.goto(`${run.site.url}/search/?q=${encodeURIComponent(query)}&kind=event&sort=${sort}`);
        await page
          .locator('#search-status')
          .filter({ hasText: /filtered/ })
          .waitFor();
        const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
        return hrefs.map((h) => [...xref.events.values()].find((ev) => `#${eventAnchor(ev.id)}` === h)!.when);
      };
      const oldest = await shown('asc');
      const newest = await shown('desc');
      const count = Math.min(10, xref.eventsOf.get(busiest.id)!.length);
      // A page of results: the entity's events, and any other event its name's words find.
      expect(oldest.length).toBeGreaterThanOrEqual(count);
      expect(oldest.length).toBeLessThanOrEqual(10);
      expect(oldest).toEqual([...oldest].sort());
      expect(newest).toEqual([...newest].sort().reverse());
      // Not the same ten turned round: the newest comes first, the oldest first the other way (the
      // busiest entity's events are on more than one date).
      expect(new Set(xref.eventsOf.get(busiest.id)!.map((ev) => ev.when)).size).toBeGreaterThan(1);
      expect(newest[0]! > oldest[0]!).toBe(true);
    }));
});

describe('keyboard and loading', () => {
  const article = articles[0]!;
  const name = busiest.data.name;

  it('works by keyboard alone: shortcut, type, arrow to the first result, Enter', () =>
    withPage(async (page) => {
      await page.goto(`${run.site.url}${articlePath(article.id)}`);
      await page.locator('body').press('/');
      await page.waitForURL(/\/search\/$/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await page.keyboard.type(name);
      await page
        .locator('#search-status')
        .filter({ hasText: statusFor(name) })
        .waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe(name);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(entityPath(busiest.id));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === entityPath(busiest.id));
    }));

  it('Ctrl+K on the search page focuses the box, and Tab reaches the results', () =>
    withPage(async (page) => {
      await page.goto(`${run.site.url}/search/?q=${encodeURIComponent(name)}`);
      await page
        .locator('#search-status')
        .filter({ hasText: statusFor(name) })
        .waitFor();
      await page.locator('h1').click();
      await page.keyboard.press('Control+k');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      // Tab goes through the box, its button, then the filters and sort, then the results.
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(entityPath(busiest.id));
    }));

  it('an article page loads no search script before search is opened', () =>
    withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${run.site.url}${articlePath(article.id)}`, { waitUntil: 'networkidle' });
      expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      await page.locator('header a[href="/search/"]').click();
      await page.waitForURL(/\/search\/$/);
      await expect.poll(() => requests.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    }));

  it('without JavaScript, the page offers a plain form and says where to browse, and shows no empty results area', async () => {
    const context = await run.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${run.site.url}/search/?q=zoom`);
      await expect(page.locator('form[action="/search/"][method="get"] input[name="q"]').isVisible()).resolves.toBe(true);
      const text = await page.locator('main').innerText();
      expect(text).toMatch(/needs JavaScript/);
      expect(await page.locator('#search-status').isVisible()).toBe(false);
      expect(await page.locator('main a[href="/entities/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('main a[href="/timeline/"]').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
