/**
 * Search in a real browser (Debian's Chromium through playwright-core) on the built site served on
 * loopback: each example name, in its language and script, finds its page first; a facet narrows
 * the results; search works by keyboard alone; a page that is not searching loads no search script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serve, type Site } from '../helpers/serve.ts';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serve();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

const firstResult = (page: Page) => page.locator('#search-results .result-title a').first();
const statusFor = (query: string) => new RegExp(`results? for “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`);

/** Open /search/?q=..., wait for the results of exactly that query, return the first result's path. */
async function topResult(page: Page, query: string): Promise<string> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-status').filter({ hasText: statusFor(query) }).waitFor();
  const href = new URL((await firstResult(page).getAttribute('href'))!, site.url);
  return href.pathname + href.hash;
}

describe('search finds every name of an entity first', () => {
  const cases: [string, string][] = [
    ['Departemen Pendidikan Kota New York', '/entities/nyc-doe/'],
    ['NYCDOE', '/entities/nyc-doe/'],
    ['NYC DOE', '/entities/nyc-doe/'],
    ['行政院', '/entities/executive-yuan/'],
    ['Space X', '/entities/spacex/'],
    ['SpaceX', '/entities/spacex/'],
    ['Richard Carranza', '/entities/richard-carranza/'],
    ['instansi pemerintahan', '/articles/bisnis-taiwan-bans-government-use-of-zoom/'],
    ['melarang', '/articles/bisnis-taiwan-bans-government-use-of-zoom/'],
    // Names that many pages mention: term statistics alone ranked an event or a ministry first.
    ['Zoom', '/entities/zoom/'],
    ['Taiwan', '/entities/taiwan/'],
    ['台灣', '/entities/taiwan/'],
    ['Tiongkok', '/entities/china/'],
    ['Citizen Lab', '/entities/citizen-lab/'],
  ];
  for (const [query, expected] of cases) {
    it(`"${query}" -> ${expected}`, () => withPage(async (page) => expect(await topResult(page, query)).toBe(expected)));
  }

  it('finds a later part of a Chinese name (資通安全處 -> the Department of Cyber Security)', () =>
    withPage(async (page) => expect(await topResult(page, '資通安全處')).toBe('/entities/tw-dcs/')));

  it('finds events as results of their own, at their timeline anchor, with kind and date', () =>
    withPage(async (page) => {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('SpaceX')}&kind=event`);
      await page.locator('#search-status').filter({ hasText: /filtered/ }).waitFor();
      await expect.poll(() => firstResult(page).getAttribute('href')).toBe('/timeline/2020/#event-spacex-ban');
      const meta = await page.locator('#search-results .result-meta').first().innerText();
      expect(meta).toMatch(/Event/i);
      expect(meta).toMatch(/March 2020/);
    }));
});

describe('facets and sorting', () => {
  it('a facet narrows the results, and the URL keeps it', () =>
    withPage(async (page) => {
      await page.goto(`${site.url}/search/?q=zoom`);
      const status = page.locator('#search-status');
      await status.filter({ hasText: statusFor('zoom') }).waitFor();
      const all = Number((await status.innerText()).match(/\d+/)![0]);
      await page.locator('fieldset[data-facet="kind"] label', { hasText: 'Entity' }).click();
      await status.filter({ hasText: /filtered/ }).waitFor();
      const filtered = Number((await status.innerText()).match(/\d+/)![0]);
      expect(filtered).toBeGreaterThan(0);
      expect(filtered).toBeLessThan(all);
      const kinds = await page.locator('#search-results .kind').allInnerTexts();
      expect(new Set(kinds.map((k) => k.toLowerCase()))).toEqual(new Set(['entity']));
      expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['entity']);
    }));

  it('sorts by date, oldest first', () =>
    withPage(async (page) => {
      await page.goto(`${site.url}/search/?q=zoom&kind=event&sort=asc`);
      await page.locator('#search-status').filter({ hasText: /filtered/ }).waitFor();
      const hrefs = await page.locator('#search-results .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(3);
      const dates = await page.locator('#search-results .result-meta').allInnerTexts();
      const first = Date.parse(dates[0]!.match(/\d{1,2} \w+ \d{4}|\w+ \d{4}/)![0]);
      const last = Date.parse(dates.at(-1)!.match(/\d{1,2} \w+ \d{4}|\w+ \d{4}/)![0]);
      expect(first).toBeLessThanOrEqual(last);
    }));
});

describe('keyboard and loading', () => {
  it('works by keyboard alone: shortcut, type, arrow to the first result, Enter', () =>
    withPage(async (page) => {
      await page.goto(`${site.url}/articles/bisnis-taiwan-bans-government-use-of-zoom/`);
      await page.locator('body').press('/');
      await page.waitForURL(/\/search\/$/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await page.keyboard.type('Space X');
      await page.locator('#search-status').filter({ hasText: statusFor('Space X') }).waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe('Space X');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/entities/spacex/');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/entities\/spacex\/$/);
    }));

  it('Ctrl+K on the search page focuses the box, and Tab reaches the results', () =>
    withPage(async (page) => {
      await page.goto(`${site.url}/search/?q=NYCDOE`);
      await page.locator('#search-status').filter({ hasText: statusFor('NYCDOE') }).waitFor();
      await page.locator('h1').click();
      await page.keyboard.press('Control+k');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      // Tab goes through the box, its button, then the filters and sort, then the results.
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/entities/nyc-doe/');
    }));

  it('an article page loads no search script before search is opened', () =>
    withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}/articles/bisnis-taiwan-bans-government-use-of-zoom/`, { waitUntil: 'networkidle' });
      expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      await page.locator('header a[href="/search/"]').click();
      await page.waitForURL(/\/search\/$/);
      await expect.poll(() => requests.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    }));

  it('without JavaScript, the page offers a plain form and says where to browse', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/search/?q=zoom`);
      await expect(page.locator('form[action="/search/"][method="get"] input[name="q"]').isVisible()).resolves.toBe(true);
      const text = await page.locator('main').innerText();
      expect(text).toMatch(/needs JavaScript/);
      expect(await page.locator('main a[href="/entities/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('main a[href="/timeline/"]').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
