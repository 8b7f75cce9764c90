/**
 * Hostile strings in content (markup, </script>, formulas, quotes, line breaks, non-Latin scripts)
 * through every output's builder: each must come out as text, read back by a real parser.
 */
import { readFileSync } from 'node:fs';
import { getRssString } from '@astrojs/rss';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCrossReference } from '../../src/lib/cross-reference.ts';
import { neutralizeCell, toCsv } from '../../src/lib/csv.ts';
import { claimReviewLd, entityLd, eventLd, graph, newsArticleLd, serializeJsonLd } from '../../src/lib/jsonld.ts';
import { collectCorrections, correctionRssItems } from '../../src/lib/corrections.ts';
import { entitiesDocument } from '../../src/lib/open-data/entities.ts';
import { EVENTS_CSV_HEADER, eventCsvRow, eventRecord, eventsDocument } from '../../src/lib/open-data/events.ts';
import { jsonFeed, RSS_NAMESPACES, rssChannelData, rssItems } from '../../src/lib/open-data/feeds.ts';
import { timelineCalendar } from '../../src/lib/open-data/ics.ts';
import { cardOps, renderCard } from '../../src/lib/og-image.ts';
import { resolveEvent } from '../../src/lib/open-data/resolve.ts';

const site = 'https://lintas.example.org';
const H = {
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+1',
  minus: '-2',
  at: '@SUM(A1:A2)',
  script: '</script><script>alert(1)</script>',
  markup: '<b>bold</b> & <!-- comment --> &amp;',
  quotes: `say "quoted", 'single', then; semicolons, commas \\ backslash`,
  lines: 'line one\nline two\nline three',
  cjk: '行政院',
  separators: 'a\u2028b\u2029c',
};
const all = Object.values(H).join(' | ');

const entities = [
  {
    id: 'hostile-body',
    data: {
      name: H.script,
      type: 'government-body',
      aliases: [{ name: H.cjk, lang: 'zh-Hant', kind: 'name' }],
      country: 'TW',
      parent: 'hostile-state',
      description: all,
      links: [{ label: H.markup, url: 'https://example.org/?a=1&b=2' }],
      sources: [{ outlet: H.formula, title: H.quotes, url: 'https://example.org/s', language: 'en' }],
      draft: false,
    },
  },
  {
    id: 'hostile-state',
    data: { name: H.formula, type: 'state', aliases: [], country: 'TW', wikidata: 'Q865', description: H.lines, links: [], sources: [], draft: false },
  },
  { id: 'zoom', data: { name: H.at, type: 'company', aliases: [], description: H.minus, links: [], sources: [], draft: false } },
] as never[];
const event = {
  id: 'hostile-event',
  data: {
    title: H.formula,
    date: '2020-04',
    period: 'mid',
    approximate: false,
    reported: '2020-04-20',
    actor: ['hostile-body'],
    subject: 'zoom',
    action: 'ban',
    scope: H.plus,
    reason: H.script,
    summary: `${all} ${'long text '.repeat(20)}`,
    sources: [{ outlet: H.markup, via: H.cjk, title: H.lines, url: 'https://example.org/e', date: '2020-04-20', language: 'zh-Hant' }],
    confidence: 'high',
    disputes: [],
    updated: '2026-01-02',
    corrections: [{ date: '2026-01-02', wrong: H.script, right: H.markup }],
    draft: false,
  },
} as never;
const article = {
  id: 'hostile-article',
  data: {
    title: H.script,
    originalTitle: H.cjk,
    summary: `${H.markup} ${H.quotes}`,
    originalDek: H.lines,
    dek: H.quotes,
    outlet: 'hostile-body',
    authors: [H.formula],
    editors: [H.at],
    published: '2020-04-07T14:33+07:00',
    originalUrl: 'https://example.org/original?a=1&b=2',
    originalLanguage: 'zh-Hant',
    language: 'en',
    translator: H.cjk,
    translated: '2020-05-01',
    updated: '2020-06-01',
    corrections: [{ date: '2020-06-01', wrong: H.formula, right: `${H.lines} ${H.separators}` }],
    entities: ['hostile-state'],
    events: ['hostile-event'],
    tags: ['a-tag'],
    draft: false,
  },
} as never;
const xref = buildCrossReference({ entities, events: [event], articles: [article] });
const ev = xref.timeline[0]!;
const record = eventRecord(xref, ev, site);

/** Every string anywhere in a value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

describe('hostile strings through every output', () => {
  it('CSV: parses back cell for cell, every formula start neutralised', () => {
    const csv = toCsv(EVENTS_CSV_HEADER, [eventCsvRow(record)]);
    const [header, row] = parseCsv(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual([...EVENTS_CSV_HEADER]);
    expect(row).toEqual(eventCsvRow(record).map(neutralizeCell));
    const cell = (name: string) => row![EVENTS_CSV_HEADER.indexOf(name as never)]!;
    expect(cell('title')).toBe(`'${H.formula}`);
    expect(cell('scope')).toBe(`'${H.plus}`);
    expect(cell('reason')).toBe(H.script);
    expect(cell('subject')).toBe(`'${H.at}`);
    for (const c of row!) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('JSON downloads: parse back to the same text and still validate against the published schemas', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = (name: string, doc: unknown) => {
      const ok = ajv.validate(JSON.parse(readFileSync(`src/lib/open-data/json-schema/${name}-1.json`, 'utf8')), doc);
      expect(ajv.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    };
    const events = JSON.parse(JSON.stringify(eventsDocument(xref, site, new Date('2026-01-01'))));
    validate('events', events);
    expect(events.events[0].title).toBe(H.formula);
    expect(events.events[0].actors[0].name).toBe(H.script);
    expect(events.events[0].summary).toContain(all);
    expect(events.events[0].corrections).toEqual([{ date: '2026-01-02', wrong: H.script, right: H.markup }]);
    const ents = JSON.parse(JSON.stringify(entitiesDocument(xref, site, new Date('2026-01-01'))));
    validate('entities', ents);
    expect(ents.entities.find((e: { id: string }) => e.id === 'hostile-body').parent.name).toBe(H.formula);
  });

  it('JSON-LD: no "</script" or markup character in the script text, and the same strings after JSON.parse', () => {
    const { actors, subject } = resolveEvent(xref, ev);
    const ref = (r: (typeof actors)[number]) => ({ ...r, country: r.country ?? undefined });
    const nodes = graph([
      newsArticleLd({
        id: 'hostile-article',
        article: (article as { data: never }).data,
        outlet: { id: 'hostile-body', name: H.script },
        mentions: [{ id: 'hostile-state', name: H.formula }],
        site,
      }),
      claimReviewLd({
        articleId: 'hostile-article',
        article: (article as { data: never }).data,
        outlet: { name: H.markup },
        check: { note: 1, claim: H.script, verdict: 'misleading', original: `${H.cjk} ${H.separators}` },
        site,
      }),
      entityLd({
        id: 'hostile-body',
        entity: xref.entities.get('hostile-body')!.data,
        parent: { id: 'hostile-state', entity: xref.entities.get('hostile-state')!.data },
        site,
      }),
      eventLd({ id: ev.id, event: ev.data, when: ev.when, url: record.url, actors: actors.map(ref), subject: subject ? ref(subject) : undefined, site }),
    ]);
    const out = serializeJsonLd(nodes);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(nodes);
    expect(strings(JSON.parse(out))).toEqual(expect.arrayContaining([H.script, H.formula, H.cjk, H.lines, H.markup, `${H.cjk} ${H.separators}`]));
    expect(out).toContain('CorrectionComment');
  });

  it('iCalendar: ical.js reads back the same summary and description', () => {
    const ics = timelineCalendar([record], { stamp: new Date('2026-01-01T00:00:00Z'), url: `${site}/timeline/` });
    const [vevent] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevent!.getFirstPropertyValue('summary')).toBe(H.formula);
    const description = vevent!.getFirstPropertyValue('description') as string;
    expect(description).toContain(all);
    expect(description).toContain(`Reason given: ${H.script}`);
    expect(description).toContain('Date: mid April 2020 (known to the month; shown on the first of the month)');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('RSS: the XML parses back to the same text, item authors included', async () => {
    const xml = await getRssString({
      title: H.script,
      description: H.markup,
      site,
      items: rssItems([article], site),
      xmlns: RSS_NAMESPACES,
      customData: rssChannelData(`${site}/rss.xml?a=1&b="2"`),
    });
    expect(xml).not.toContain('<script>');
    const parsed = new XMLParser({ ignoreAttributes: false, trimValues: false, processEntities: true, htmlEntities: false }).parse(xml);
    const item = parsed.rss.channel.item;
    expect(parsed.rss.channel.title).toBe(H.script);
    expect(parsed.rss.channel.description).toBe(H.markup);
    expect(item.title).toBe(H.script);
    expect(item.description).toBe(`${H.markup} ${H.quotes}`);
    expect(item.link).toBe(`${site}/articles/hostile-article/`);
    expect([item['dc:creator']].flat()).toEqual([H.formula, H.cjk]);
    expect(item['atom:updated']).toBe('2020-06-01T00:00:00Z');
    expect(parsed.rss.channel['atom:link']['@_href']).toBe(`${site}/rss.xml?a=1&b="2"`);
  });

  it('Corrections RSS: wrong and right come back as the same text', async () => {
    const records = collectCorrections([article as never], [event as never], () => '/timeline/2020/');
    const xml = await getRssString({ title: 't', description: 'd', site, items: correctionRssItems(records, (p) => `${site}${p}`) });
    expect(xml).not.toContain('<script>');
    const items = [new XMLParser({ trimValues: false, processEntities: true, htmlEntities: false }).parse(xml).rss.channel.item].flat();
    expect(items.map((i) => i.title)).toEqual([`Correction: ${H.formula}`, `Correction: ${H.script}`]);
    expect(items[0].description).toBe(`This timeline entry said: ${H.script} What is right: ${H.markup}`);
    expect(items[1].description).toBe(`This article said: ${H.formula} What is right: ${H.lines} ${H.separators}`);
  });

  it('JSON Feed: parses back to the same text', () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed([article], site)));
    expect(feed.items[0].title).toBe(H.script);
    expect(feed.items[0].summary).toBe(`${H.markup} ${H.quotes}`);
    expect(feed.items[0].authors).toEqual([{ name: H.formula }, { name: H.cjk }]);
    expect(feed.items[0].date_published).toBe('2020-05-01T00:00:00Z');
    expect(feed.items[0].date_modified).toBe('2020-06-01T00:00:00Z');
  });

  it('Open Graph image: the text is painted as text, and renders to a PNG', async () => {
    const card = { kicker: H.formula, title: H.script, detail: `${H.markup} ${H.cjk}`, footer: H.quotes };
    // Lines may break anywhere a line may end, so compare without the white space.
    const squeeze = (s: string) => s.replace(/\s+/gu, '');
    const painted = squeeze(
      cardOps(card)
        .flatMap((op) => (op.op === 'text' ? [op.text] : []))
        .join(''),
    );
    for (const value of [H.formula, H.script, `${H.markup} ${H.cjk}`, H.quotes]) expect(painted).toContain(squeeze(value));
    const png = await renderCard(card);
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  });
});
