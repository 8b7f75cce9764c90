/**
 * The built outputs read back with real parsers: RSS (fast-xml-parser), JSON Feed, events.json and
 * entities.json (ajv, JSON Schema 2020-12, against the published schemas), events.csv (csv-parse),
 * timeline.ics (ical.js), and every page's canonical URL, feed links, Open Graph tags and JSON-LD.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { actorsOf, readContent, whenOf } from '../helpers/content.ts';
import { defaultBuild, distDir, page } from '../helpers/dist.ts';

// The site URL and base the build used (LINTAS_SITE / LINTAS_BASE, or the defaults), without the trailing slash.
const site = defaultBuild.root.href.replace(/\/$/, '');
const dist = (p: string) => readFileSync(path.join(distDir, p), 'utf8');
const json = (p: string) => JSON.parse(dist(p));

/** What the outputs must hold, read from the published (non-draft) content files themselves. */
const content = readContent();
const eventIds = content.events.map((e) => e.id).sort();
const entityIds = content.entities.map((e) => e.id).sort();
const articleIds = content.articles.map((a) => a.id).sort();

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(p);
    return d.name.endsWith('.html') ? [p] : [];
  });
const pages = htmlFiles(distDir).map((file) => ({
  file,
  url: path.basename(file) === 'index.html' ? `/${path.relative(distDir, path.dirname(file))}/`.replace(/\/+/g, '/') : `/${path.relative(distDir, file)}`,
  html: parseHtml(readFileSync(file, 'utf8')),
}));

type Node = Record<string, any>;
const jsonLdOf = (html: ReturnType<typeof parseHtml>): Node[] =>
  html.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
    const doc = JSON.parse(s.rawText);
    return doc['@graph'] ?? [doc];
  });
const meta = (html: ReturnType<typeof parseHtml>, key: string) =>
  html.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? html.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

describe('RSS 2.0', () => {
  const xml = dist('rss.xml');
  const rss = new XMLParser({ ignoreAttributes: false, trimValues: false }).parse(xml).rss;
  const items: Node[] = [rss.channel.item].flat().filter(Boolean);
  it('parses as XML and lists every article, newest first, with link, date, summary and tags', () => {
    expect(rss['@_version']).toBe('2.0');
    expect(items.map((i) => i.link).sort()).toEqual(articleIds.map((id) => `${site}/articles/${id}/`).sort());
    for (const { id, data } of content.articles) {
      const item = items.find((i) => i.link === `${site}/articles/${id}/`)!;
      expect(item.title).toBe(data.title);
      // Dated by the day Lintas published the translation, not by the original's date.
      expect(new Date(item.pubDate).toISOString()).toBe(`${data.translated}T00:00:00.000Z`);
      expect(item.description).toBe(data.summary);
      expect([item.category ?? []].flat()).toEqual(data.tags ?? []);
    }
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
  it('names itself with atom:link rel="self" and each item its authors (the original\'s, then the translator)', () => {
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss.channel['atom:link']).toMatchObject({ '@_href': `${site}/rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
    for (const item of items) {
      const id = item.link.replace(`${site}/articles/`, '').replace(/\/$/, '');
      const fm = content.articles.find((a) => a.id === id)!.data;
      expect([item['dc:creator']].flat(), id).toEqual([...fm.authors, fm.translator]);
      if (fm.updated) expect(item['atom:updated'], id).toBe(`${fm.updated}T00:00:00Z`);
      else expect(item['atom:updated'], id).toBeUndefined();
    }
  });
});

describe('JSON Feed 1.1', () => {
  const feed = json('feed.json');
  it('has the required top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.home_page_url).toBe(`${site}/`);
    expect(feed.feed_url).toBe(`${site}/feed.json`);
    expect(Array.isArray(feed.items)).toBe(true);
  });
  it('has one item per article, each with a unique id, content, an RFC 3339 date, language, authors and tags', () => {
    expect(feed.items).toHaveLength(articleIds.length);
    expect(new Set(feed.items.map((i: Node) => i.id)).size).toBe(feed.items.length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.url).toMatch(new RegExp(`^${site}/articles/[a-z0-9-]+/$`));
      expect(typeof (item.content_text ?? item.content_html)).toBe('string');
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(item.language).toMatch(/^[a-z]{2}/);
      expect(item.authors.length).toBeGreaterThan(0);
      for (const a of item.authors) expect(typeof a.name).toBe('string');
      expect(Array.isArray(item.tags)).toBe(true);
      expect(typeof item.summary).toBe('string');
    }
    for (const { id, data } of content.articles) {
      const item = feed.items.find((i: Node) => i.url === `${site}/articles/${id}/`);
      expect(item.date_published).toBe(`${data.translated}T00:00:00Z`);
      expect(item.date_modified).toBe(data.updated ? `${data.updated}T00:00:00Z` : undefined);
      expect(item.authors).toEqual([...data.authors, data.translator].map((name: string) => ({ name })));
    }
  });
});

describe('JSON downloads', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  it.each([
    ['events', eventIds],
    ['entities', entityIds],
  ])('%s.json validates against its published schema and includes every published item', (name, ids) => {
    const doc = json(`data/${name}.json`);
    const schema = json(`data/schema/${name}-1.json`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc.$schema).toBe(schema.$id);
    expect(schema.$id).toBe(`${site}/data/schema/${name}-1.json`);
    const valid = ajv.validate(schema, doc);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(doc.version).toMatch(/^1\.\d+\.\d+$/);
    expect(doc.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc[name].map((x: Node) => x.id).sort()).toEqual(ids);
  });
  it('resolves names: actors of events and parents of entities', () => {
    const events = json('data/events.json').events as Node[];
    for (const event of content.events) {
      const actors = actorsOf(event).map((id) => content.entity(id));
      expect(events.find((e) => e.id === event.id)!.actors, event.id).toEqual(
        actors.map((a) => expect.objectContaining({ id: a.id, name: a.data.name, country: a.data.country ?? null })),
      );
    }
    const entities = json('data/entities.json').entities as Node[];
    const withParent = content.entities.filter((e) => e.data.parent);
    expect(withParent.length).toBeGreaterThan(0);
    for (const e of withParent) {
      expect(entities.find((x) => x.id === e.id)!.parent, e.id).toEqual({ id: e.data.parent, name: content.entity(e.data.parent).data.name });
    }
  });
});

describe('events.csv', () => {
  const raw = dist('data/events.csv');
  const rows = parseCsv(raw, { bom: true, record_delimiter: '\r\n' }) as string[][];
  it('is UTF-8 with a BOM, CRLF records, a header row and one row per event', () => {
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(rows[0]![0]).toBe('id');
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(eventIds);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });
  it('starts no cell with a formula character', () => {
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('timeline.ics', () => {
  const raw = dist('data/timeline.ics');
  const vevents = new ICAL.Component(ICAL.parse(raw)).getAllSubcomponents('vevent');
  it('parses with ical.js: one all-day VEVENT per event, unique stable UIDs, DTSTAMP, summary and URL', () => {
    expect(vevents).toHaveLength(eventIds.length);
    const uids = vevents.map((v) => v.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    expect([...uids].sort()).toEqual(eventIds.map((id) => `${id}@lintas`).sort());
    for (const v of vevents) {
      expect(v.getFirstProperty('dtstart')!.type).toBe('date');
      expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(v.getFirstPropertyValue('summary')).toBeTruthy();
      expect(v.getFirstPropertyValue('url')).toMatch(new RegExp(`^${site}/timeline/\\d{4}/#event-`));
    }
    expect(raw).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
  });
  it('has CRLF lines of at most 75 octets', () => {
    expect(raw.endsWith('\r\n')).toBe(true);
    for (const line of raw.slice(0, -2).split('\r\n')) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
  });
});

describe('page metadata', () => {
  it('builds many pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });
  it('every page has a canonical URL, both feed links, Open Graph and Twitter tags', () => {
    for (const { url, html } of pages.filter((p) => !/\/(404|500)(\/|\.html$)/.test(p.url))) {
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), url).toBe(`${site}${url}`);
      expect(html.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), url).toBe(`${site}/rss.xml`);
      expect(html.querySelector('link[rel="alternate"][type="application/feed+json"]')?.getAttribute('href'), url).toBe(`${site}/feed.json`);
      for (const key of ['og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:site_name', 'twitter:card'])
        expect(meta(html, key), `${url} ${key}`).toBeTruthy();
      const image = meta(html, 'og:image')!;
      expect(existsSync(path.join(distDir, new URL(image).pathname)), image).toBe(true);
    }
  });
  it("every page's JSON-LD parses as JSON and includes a BreadcrumbList", () => {
    for (const { url, html } of pages.filter((p) => !/\/(404|500)(\/|\.html$)/.test(p.url))) {
      const nodes = jsonLdOf(html);
      expect(
        nodes.some((n) => n['@type'] === 'BreadcrumbList'),
        url,
      ).toBe(true);
    }
  });
  it('the home page is a WebSite published by the Lintas organisation', () => {
    const types = jsonLdOf(parseHtml(page('/'))).map((n) => n['@type']);
    expect(types).toEqual(expect.arrayContaining(['WebSite', 'NewsMediaOrganization', 'BreadcrumbList']));
  });
  it.each(content.articles.map((a) => [a.id, a.data] as const))(
    'the article page %s has a NewsArticle with translationOfWork, and article Open Graph tags',
    (id, a) => {
      const html = parseHtml(page(`/articles/${id}/`));
      const article = jsonLdOf(html).find((n) => n['@type'] === 'NewsArticle')!;
      expect(article.headline).toBe(a.title);
      // Honest dates: Lintas's day for the translation, the original's own time in translationOfWork.
      expect(article.datePublished).toBe(a.translated);
      expect(article.dateModified).toBe(a.updated);
      expect(article.translationOfWork.datePublished).toBe(a.published);
      expect(article.author).toEqual(a.authors.map((name: string) => ({ '@type': 'Person', name })));
      expect(article.translationOfWork).toMatchObject({ inLanguage: a.originalLanguage, headline: a.originalTitle, url: a.originalUrl });
      expect((article.correction ?? []).length).toBe((a.corrections ?? []).length);
      expect(article.translator.name).toBe(a.translator);
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(html, 'og:image')).toBe(`${site}/og/articles/${id}.png`);
      expect(meta(html, 'article:published_time')).toBe(a.translated);
      expect(meta(html, 'article:modified_time')).toBe(a.updated);
    },
  );
  it('a timeline year page lists its events as an ItemList of Event', () => {
    const year = content.events.map(whenOf).sort()[0]!.slice(0, 4);
    const list = jsonLdOf(parseHtml(page(`/timeline/${year}/`))).find((n) => n['@type'] === 'ItemList')!;
    const events = json('data/events.json').events.filter((e: Node) => e.when.startsWith(year));
    expect(list.itemListElement).toHaveLength(events.length);
    expect(list.itemListElement.every((li: Node) => li.item['@type'] === 'Event' && li.item.startDate)).toBe(true);
  });
  it('entity pages, where built, carry Organization, Person or Country, with sameAs Wikidata only when recorded', () => {
    const entities = json('data/entities.json').entities as Node[];
    const built = entities.filter((e) => existsSync(path.join(distDir, 'entities', e.id, 'index.html')));
    for (const e of built) {
      const node = jsonLdOf(parseHtml(page(`/entities/${e.id}/`))).find((n) => n['@id'] === `${site}/entities/${e.id}/#entity`)!;
      expect(node, e.id).toBeTruthy();
      expect(node.name).toBe(e.name);
      if (e.type === 'state') expect(node['@type']).toBe('Country');
      if (e.type === 'person') expect(node['@type']).toBe('Person');
      expect(node.sameAs).toEqual(e.wikidata ? [`https://www.wikidata.org/wiki/${e.wikidata}`] : undefined);
      expect(meta(parseHtml(page(`/entities/${e.id}/`)), 'og:image')).toBe(`${site}/og/entities/${e.id}.png`);
    }
  });
});

describe('Open Graph images, sitemap and robots.txt', () => {
  const png = (p: string) => readFileSync(path.join(distDir, p)).subarray(0, 8).toString('hex');
  it('makes one PNG per article and per entity', () => {
    for (const id of articleIds) expect(png(`og/articles/${id}.png`)).toBe('89504e470d0a1a0a');
    for (const id of entityIds) expect(png(`og/entities/${id}.png`)).toBe('89504e470d0a1a0a');
  });
  it('robots.txt points to the sitemap index, which lists the pages', () => {
    expect(dist('robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    const index = new XMLParser().parse(dist('sitemap-index.xml'));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((s: Node) => new URL(s.loc).pathname);
    const urls = sitemaps.flatMap((p) => [new XMLParser().parse(dist(p)).urlset.url].flat().map((u: Node) => u.loc));
    for (const id of articleIds) expect(urls).toContain(`${site}/articles/${id}/`);
    expect(urls).toContain(`${site}/data/`);
  });
});
