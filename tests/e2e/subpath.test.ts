/**
 * The site built for another host under a sub-path (`--site https://news.example.net --base /lintas/`,
 * tests/setup/build-site.ts), served under /lintas/ as a GitHub Pages project site is: search finds a
 * result in Chromium and its link opens under the base; every URL in the feeds, sitemap, robots.txt and
 * data files starts with the site and base and resolves; the default domain appears nowhere.
 * (Its links and anchors: tests/quality/links.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE } from '../../src/site-config.ts';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { subpathBuild as build } from '../helpers/dist.ts';
import { serve } from '../helpers/serve.ts';

const run = useSiteAndBrowser(() => serve(build.dir, build.base));
const root = build.root.href; // "https://news.example.net/lintas/"
const read = (p: string) => readFileSync(path.join(build.dir, p), 'utf8');
/** The served address of a URL on the configured run.site. */
const served = (u: string) => `${run.site.url}${new URL(u).pathname}${new URL(u).search}`;

describe(`search under ${build.base}`, () => {
  // An entity from the built data, searched by its name: derived from content/, not hard-coded.
  const entities = JSON.parse(read('data/entities.json')).entities as { name: string; url: string }[];
  const entity = entities.find((e) => /^[A-Za-z ]{4,}$/.test(e.name))!;

  it(`"${entity.name}" finds its page, whose link opens under the base`, async () => {
    const context = await run.browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(`${run.site.url}${build.base}search/?q=${encodeURIComponent(entity.name)}`);
      expect(response?.status()).toBe(200);
      const first = page.locator('#search-results .result-title a').first();
      await first.waitFor();
      const href = (await first.getAttribute('href'))!;
      expect(href.startsWith(build.base), `result link ${href}`).toBe(true);
      expect(new URL(href, root).href).toBe(entity.url);
      const target = new URL(href, run.site.url);
      const [opened] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === target.pathname), first.click()]);
      expect(opened.status()).toBe(200);
      await page.waitForURL(target.href);
      expect(await page.locator('h1').innerText()).toContain(entity.name);
    } finally {
      await context.close();
    }
  });

  it('an event result links to its anchor on a timeline page under the base', async () => {
    const context = await run.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${run.site.url}${build.base}search/?q=zoom&kind=event`);
      await page
        .locator('#search-status')
        .filter({ hasText: /filtered/ })
        .waitFor();
      const href = (await page.locator('#search-results .result-title a').first().getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^${build.base}timeline/\\d{4}/.*#event-`));
      const response = await page.goto(new URL(href, run.site.url).href);
      expect(response?.status()).toBe(200);
      expect(await page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`).count()).toBe(1);
    } finally {
      await context.close();
    }
  });
  it('sorts events newest first with the date order loaded from under the base', async () => {
    const context = await run.browser.newContext();
    try {
      const page = await context.newPage();
      const order = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/sort-date.json'));
      await page.goto(`${run.site.url}${build.base}search/?q=zoom&kind=event&sort=desc`);
      const loaded = await order;
      expect(new URL(loaded.url()).pathname).toBe(`${build.base}pagefind/sort-date.json`);
      expect(loaded.status()).toBe(200);
      await page
        .locator('#search-status')
        .filter({ hasText: /filtered/ })
        .waitFor();
      const events = JSON.parse(read('data/events.json')).events as { url: string; when: string }[];
      const when = (href: string) => events.find((e) => e.url === new URL(href, root).href)!.when;
      const hrefs = await page.locator('#search-results .result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const dates = hrefs.map(when);
      expect(dates.length).toBeGreaterThan(1);
      expect(dates).toEqual([...dates].sort().reverse());
    } finally {
      await context.close();
    }
  });
});

describe('feeds, sitemap, robots.txt and data files', () => {
  const xml = new XMLParser({ ignoreAttributes: false });
  const sitemapIndex = xml.parse(read('sitemap-index.xml'));
  const sitemaps = [sitemapIndex.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
  const pageUrls = sitemaps.flatMap((s) =>
    [xml.parse(read(new URL(s).pathname.slice(build.base.length))).urlset.url].flat().map((u: { loc: string }) => u.loc),
  );
  const rss = xml.parse(read('rss.xml')).rss.channel;
  const feed = JSON.parse(read('feed.json'));
  const events = JSON.parse(read('data/events.json'));
  const entities = JSON.parse(read('data/entities.json'));
  const robotsSitemap = read('robots.txt').match(/^Sitemap: (.+)$/m)?.[1];

  const urls: [string, string][] = [
    ...sitemaps.map((u): [string, string] => ['sitemap index', u]),
    ...pageUrls.map((u): [string, string] => ['sitemap', u]),
    ['robots.txt', robotsSitemap ?? '(none)'],
    ['RSS channel link', rss.link],
    ...[rss.item].flat().map((i: { link: string }): [string, string] => ['RSS item', i.link]),
    ['JSON Feed home_page_url', feed.home_page_url],
    ['JSON Feed feed_url', feed.feed_url],
    ['JSON Feed _lintas.about', feed._lintas.about],
    ...feed.items.flatMap(
      (i: { url: string; image?: string }) => [['JSON Feed item', i.url], ...(i.image ? [['JSON Feed image', i.image]] : [])] as [string, string][],
    ),
    ['events.json $schema', events.$schema],
    ['events.json source', events.source],
    ['entities.json $schema', entities.$schema],
    ...events.events.slice(0, 20).map((e: { url: string }): [string, string] => ['events.json event', e.url]),
    ...entities.entities.slice(0, 20).map((e: { url: string }): [string, string] => ['entities.json entity', e.url]),
  ];

  it('the sitemap lists every built page', () => {
    expect(pageUrls.length).toBeGreaterThan(10);
    expect(new Set(pageUrls).size).toBe(pageUrls.length);
  });

  it(`every URL starts with ${root}`, () => {
    const outside = urls.filter(([, u]) => !u.startsWith(root)).map(([where, u]) => `${where}: ${u}`);
    expect(outside).toEqual([]);
  });

  it('every URL resolves when served under the base', async () => {
    const failed: string[] = [];
    for (const [where, u] of urls) {
      const response = await fetch(served(u));
      await response.arrayBuffer();
      if (response.status !== 200) failed.push(`${where}: ${u} -> ${response.status}`);
    }
    expect(failed).toEqual([]);
  });

  it('the JSON Schemas name themselves on this site, and the downloads point at them', async () => {
    for (const [doc, name] of [
      [events, 'events-1'],
      [entities, 'entities-1'],
    ] as const) {
      const schema = JSON.parse(read(`data/schema/${name}.json`));
      expect(schema.$id).toBe(`${root}data/schema/${name}.json`);
      expect(doc.$schema).toBe(schema.$id);
    }
  });

  it('every URL on this host in the JSON-LD of every page starts with the site and base, and resolves', async () => {
    const pages = readdirSync(build.dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html'));
    const found = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string' && value.startsWith(build.root.origin)) found.add(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const d of pages) {
      const html = parseHtml(readFileSync(path.join(d.parentPath, d.name), 'utf8'));
      for (const script of html.querySelectorAll('script[type="application/ld+json"]')) collect(JSON.parse(script.rawText));
    }
    expect(found.size).toBeGreaterThan(20);
    expect([...found].filter((u) => !u.startsWith(root))).toEqual([]);
    const failed: string[] = [];
    for (const u of new Set([...found].map((x) => x.split('#')[0]!))) {
      const response = await fetch(served(u));
      await response.arrayBuffer();
      if (response.status !== 200) failed.push(`${u} -> ${response.status}`);
    }
    expect(failed).toEqual([]);
  });

  it(`the default site (${DEFAULT_SITE}) appears in no file of the build`, () => {
    const host = new URL(DEFAULT_SITE).host;
    const files = readdirSync(build.dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(html|xml|json|txt|ics|csv|js|css)$/.test(d.name))
      .map((d) => path.join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThan(50);
    const naming = files.filter((f) => readFileSync(f, 'utf8').includes(host)).map((f) => path.relative(build.dir, f));
    expect(naming).toEqual([]);
  });
});
