/** The schemas accept the real content and reject bad examples with a message an editor can act on. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { entitySchema } from '../../src/schemas/entity.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { readContent } from '../helpers/content.ts';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ f, data: parse(readFileSync(`${dir}/${f}`, 'utf8'), { version: '1.1' }) }));
const firstMessage = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => r.error?.issues[0];

describe('real content', () => {
  it.each(yamlFiles('content/entities'))('entity $f is valid', ({ data }) => {
    expect(entitySchema.safeParse(data).error?.issues).toBeUndefined();
  });
  it.each(yamlFiles('content/events'))('event $f is valid', ({ data }) => {
    expect(eventSchema.safeParse(data).error?.issues).toBeUndefined();
  });
  it.each(readContent().articles)('article $id is valid', ({ data }) => {
    expect(articleSchema.safeParse(data).error?.issues).toBeUndefined();
  });
});

const goodEvent = {
  title: 'SpaceX bans Zoom',
  date: '2020-03-28',
  actor: 'spacex',
  subject: 'zoom',
  action: 'ban',
  summary: 'An email cut off Zoom.',
  sources: [{ outlet: 'Reuters', url: 'https://example.org/a' }],
  confidence: 'high',
};

describe('bad events', () => {
  it('accepts the good example', () => expect(eventSchema.safeParse(goodEvent).success).toBe(true));
  it('refuses a javascript: URL', () => {
    const r = eventSchema.safeParse({ ...goodEvent, sources: [{ outlet: 'X', url: 'javascript:alert(1)' }] });
    expect(firstMessage(r)).toMatchObject({ path: ['sources', 0, 'url'], message: expect.stringContaining('https://') });
  });
  it('refuses an event without sources', () => {
    expect(firstMessage(eventSchema.safeParse({ ...goodEvent, sources: [] }))?.message).toBe('every event needs at least one source');
  });
  it('refuses low confidence', () => {
    expect(firstMessage(eventSchema.safeParse({ ...goodEvent, confidence: 'low' }))?.message).toContain('low-confidence facts are not published');
  });
  it('refuses an unquoted (Date) date and says to quote it', () => {
    expect(firstMessage(eventSchema.safeParse({ ...goodEvent, date: new Date('2020-03-28') }))?.message).toContain('in quotes');
  });
  it('refuses 31 April', () => {
    expect(firstMessage(eventSchema.safeParse({ ...goodEvent, date: '2020-04-31' }))?.message).toBe('is not a real calendar date');
  });
  it('refuses a time without its zone', () => {
    expect(firstMessage(eventSchema.safeParse({ ...goodEvent, date: '2020-04-07T14:33' }))?.message).toContain('a time needs its zone');
  });
  it('requires a reversal to name what it reverses', () => {
    expect(firstMessage(eventSchema.safeParse({ ...goodEvent, action: 'reversal' }))).toMatchObject({ path: ['reverses'] });
  });
  it('requires a date or a report date', () => {
    const { date: _drop, ...noDate } = goodEvent;
    expect(firstMessage(eventSchema.safeParse(noDate))?.message).toContain('give "date"');
  });
  it('refuses an unknown action and lists the allowed ones', () => {
    expect(firstMessage(eventSchema.safeParse({ ...goodEvent, action: 'banned' }))?.message).toContain('must be one of: ban, restriction');
  });
  it('refuses unknown fields', () => {
    expect(firstMessage(eventSchema.safeParse({ ...goodEvent, acter: 'x' }))).toMatchObject({ code: 'unrecognized_keys' });
  });
});

describe('bad entities and articles', () => {
  const goodEntity = { name: 'SpaceX', type: 'company', description: 'A company.' };
  it('refuses a lower-case country code', () => {
    expect(firstMessage(entitySchema.safeParse({ ...goodEntity, country: 'us' }))?.message).toContain('two-letter ISO 3166-1');
  });
  it('refuses a malformed Wikidata id', () => {
    expect(firstMessage(entitySchema.safeParse({ ...goodEntity, wikidata: '193701' }))?.message).toContain('Wikidata id');
  });
  it('refuses a name or alias that shows nothing (only invisible characters), and keeps one with a joiner among letters', () => {
    expect(firstMessage(entitySchema.safeParse({ ...goodEntity, name: '\u200b' }))?.message).toBe(
      'the name shows nothing: it holds only invisible characters (such as a zero-width space); write the name',
    );
    expect(firstMessage(entitySchema.safeParse({ ...goodEntity, aliases: [{ name: ' \u2060\ufeff ', lang: 'en' }] }))?.path).toEqual(['aliases', 0, 'name']);
    expect(entitySchema.safeParse({ ...goodEntity, name: 'Space\u200dX\u00ad' }).success).toBe(true);
  });
  it('refuses an alias without a valid language tag', () => {
    expect(firstMessage(entitySchema.safeParse({ ...goodEntity, aliases: [{ name: 'x', lang: 'Chinese' }] }))?.message).toContain('BCP 47');
  });
  it('requires the UTC offset on the publication time', () => {
    const data = readContent().articles[0]!.data;
    expect(articleSchema.safeParse(data).success).toBe(true);
    expect(firstMessage(articleSchema.safeParse({ ...data, published: '2020-04-07T14:33:00' }))?.message).toContain('UTC offset');
  });
});
