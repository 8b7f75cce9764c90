/** Corrections: the schema's date rules, the list for /corrections/ and its feed, on fixture content. */
import { XMLParser } from 'fast-xml-parser';
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { collectCorrections, correctionRssItems } from '../../src/lib/corrections.ts';

const c = (date: string, wrong = `wrong on ${date}`, right = `right on ${date}`) => ({ date, wrong, right });
const articles = [
  { id: 'art-one', data: { title: 'Article one', corrections: [c('2026-01-05'), c('2026-03-01')] } },
  { id: 'art-two', data: { title: 'Article two', corrections: [] } },
];
const events = [
  { id: 'ev-a', data: { title: 'Event A', corrections: [c('2026-03-01')] } },
  { id: 'ev-b', data: { title: 'Event B', corrections: [c('2026-02-10')] } },
];
const eventPage = (id: string) => `/timeline/2020/${id === 'ev-a' ? '04/' : ''}`;

describe('collectCorrections', () => {
  const list = collectCorrections(articles, events, eventPage);
  it('lists every correction of every article and event, newest first', () => {
    expect(list.map((r) => [r.date, r.id, r.n])).toEqual([
      ['2026-03-01', 'art-one', 2],
      ['2026-03-01', 'ev-a', 1],
      ['2026-02-10', 'ev-b', 1],
      ['2026-01-05', 'art-one', 1],
    ]);
  });
  it("links each to its note on the item's page", () => {
    expect(list[0]!.path).toBe('/articles/art-one/#correction-2');
    expect(list[1]!.path).toBe('/timeline/2020/04/#correction-ev-a-1');
    expect(list[2]!.path).toBe('/timeline/2020/#correction-ev-b-1');
    expect(list[0]).toMatchObject({ kind: 'article', title: 'Article one', wrong: 'wrong on 2026-03-01', right: 'right on 2026-03-01' });
  });
  it('is empty when nothing was corrected', () => {
    expect(collectCorrections([articles[1]!], [], eventPage)).toEqual([]);
  });
  it('becomes an RSS feed that parses, one item per correction, dated by it, linking to its anchor', async () => {
    const xml = await getRssString({
      title: 'c',
      description: 'd',
      site: 'https://example.org',
      items: correctionRssItems(list, (p) => `https://example.org/sub${p}`),
    });
    const items = [new XMLParser().parse(xml).rss.channel.item].flat();
    expect(items.map((i) => i.link)).toEqual(list.map((r) => `https://example.org/sub${r.path}`));
    expect(new Date(items[0].pubDate).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(items[0].title).toBe('Correction: Article one');
    expect(items[0].description).toBe('This article said: wrong on 2026-03-01 What is right: right on 2026-03-01');
    expect(items[1].description).toMatch(/^This timeline entry said: /);
  });
});

const article = {
  title: 't',
  originalTitle: 'o',
  summary: 's',
  outlet: 'bisnis',
  authors: ['A'],
  published: '2020-04-07T14:33:00+07:00',
  originalUrl: 'https://example.org/a',
  originalLanguage: 'id',
  translator: 'Lintas newsroom',
  translated: '2026-01-01',
};
const event = {
  title: 't',
  date: '2020-04',
  actor: 'x',
  action: 'ban',
  summary: 's',
  sources: [{ outlet: 'o', url: 'https://example.org/' }],
  confidence: 'high',
};
const issues = (schema: typeof articleSchema | typeof eventSchema, value: object) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('correction rules in the schemas', () => {
  it('accepts an article and an event without corrections, and with dated ones and updated', () => {
    expect(issues(articleSchema, article)).toEqual([]);
    expect(issues(eventSchema, event)).toEqual([]);
    expect(issues(articleSchema, { ...article, updated: '2026-02-01', corrections: [c('2026-01-15'), c('2026-02-01')] })).toEqual([]);
    expect(issues(eventSchema, { ...event, updated: '2026-02-01', corrections: [c('2026-02-01')] })).toEqual([]);
  });
  it('refuses a correction dated before the item itself', () => {
    expect(issues(articleSchema, { ...article, updated: '2026-02-01', corrections: [c('2025-12-31')] })).toEqual([
      'corrections.0.date: 2025-12-31 is before the item itself (translated: 2026-01-01); check the year',
    ]);
    expect(issues(eventSchema, { ...event, updated: '2026-02-01', corrections: [c('2020-03-31')] })).toEqual([
      'corrections.0.date: 2020-03-31 is before the item itself (date: 2020-04); check the year',
    ]);
  });
  it('needs updated with a correction, not before the newest one, nor before the item', () => {
    expect(issues(articleSchema, { ...article, corrections: [c('2026-01-15')] })).toEqual([
      'corrections: a correction updates the page: add updated: "2026-01-15" (the day of the newest correction, or later)',
    ]);
    expect(issues(articleSchema, { ...article, updated: '2026-01-10', corrections: [c('2026-01-05'), c('2026-01-15')] })).toEqual([
      'updated: 2026-01-10 is before the newest correction (2026-01-15); set updated to "2026-01-15" or later',
    ]);
    expect(issues(articleSchema, { ...article, updated: '2025-01-10' })).toEqual([
      'updated: 2025-01-10 is before the item itself (translated: 2026-01-01); check the year',
    ]);
  });
  it('refuses a correction without what was wrong or what is right, or with an unknown field', () => {
    const bad = issues(eventSchema, { ...event, updated: '2026-02-01', corrections: [{ date: '2026-02-01', wrong: '', right: 'r', note: 'x' }] });
    expect(bad.some((m) => m.startsWith('corrections.0.wrong:'))).toBe(true);
    expect(bad.some((m) => m.startsWith('corrections.0'))).toBe(true);
    expect(
      issues(eventSchema, { ...event, updated: '2026-02-01', corrections: [{ date: '2026-02-01', wrong: 'w' }] }).some((m) =>
        m.startsWith('corrections.0.right'),
      ),
    ).toBe(true);
  });
});
