/** Disputed dates, archive links, and the schema rules for source dates, snapshots and dispute claims. */
import { describe, expect, it } from 'vitest';
import { dateDisputeIndex, disputeAnchor, disputedDates, disputeHref, formatDateAlternatives } from '../../src/lib/disputes.ts';
import { archiveLink, snapshotDay, waybackLookupUrl } from '../../src/lib/archive-links.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const src = (outlet: string) => ({ outlet, url: `https://example.org/${outlet}` });
const dateDispute = (...dates: string[]) => ({ about: 'date', claims: dates.map((date, i) => ({ says: `Side ${i}`, date, source: src(`s${i}`) })) });

describe('disputedDates', () => {
  it('gives every date the sides give, earliest first, each once', () => {
    expect(disputedDates({ disputes: [dateDispute('2020-04-10', '2020-04-09', '2020-04-10')] })).toEqual(['2020-04-09', '2020-04-10']);
  });
  it('is empty without a dispute about the date, and ignores other disputes', () => {
    expect(disputedDates({ disputes: [] })).toEqual([]);
    expect(disputedDates({ disputes: [{ about: 'scope', claims: [{}, {}] }] })).toEqual([]);
  });
  it('uses the first date dispute and says where it is', () => {
    const event = { disputes: [{ about: 'scope', claims: [] }, dateDispute('2020-03-31', '2020-04-02')] };
    expect(dateDisputeIndex(event)).toBe(1);
    expect(disputedDates(event)).toEqual(['2020-03-31', '2020-04-02']);
    expect(disputeHref('/timeline/2020/#event-x', 'x', 1)).toBe('/timeline/2020/#event-x-dispute-2');
    expect(disputeAnchor('x', 0)).toBe('event-x-dispute-1');
  });
});

describe('formatDateAlternatives', () => {
  it('shares the month and year when it can', () => {
    expect(formatDateAlternatives(['2020-04-09', '2020-04-10'])).toBe('9 or 10 April 2020');
    expect(formatDateAlternatives(['2020-04-08', '2020-04-09', '2020-04-10'])).toBe('8, 9 or 10 April 2020');
    expect(formatDateAlternatives(['2020-03-31', '2020-04-02'])).toBe('31 March or 2 April 2020');
  });
  it('spells out dates across years and of other precisions', () => {
    expect(formatDateAlternatives(['2019-12-31', '2020-01-02'])).toBe('31 December 2019 or 2 January 2020');
    expect(formatDateAlternatives(['2020-03', '2020-04-02'])).toBe('March 2020 or 2 April 2020');
  });
});

describe('archive links', () => {
  it('builds a Wayback lookup from the URL and, when known, the publication day', () => {
    expect(waybackLookupUrl('https://a.example/x?y=1', '2020-04-07')).toBe('https://web.archive.org/web/20200407/https://a.example/x?y=1');
    expect(waybackLookupUrl('https://a.example/x')).toBe('https://web.archive.org/web/*/https://a.example/x');
  });
  it('offers the recorded snapshot when there is one, a lookup otherwise, nothing without an address', () => {
    expect(
      archiveLink({ url: 'https://a.example/', archiveUrl: 'https://web.archive.org/web/20260101000000/https://a.example/', archived: '2026-01-01' }),
    ).toEqual({ kind: 'snapshot', href: 'https://web.archive.org/web/20260101000000/https://a.example/', day: '2026-01-01' });
    expect(archiveLink({ url: 'https://a.example/', date: '2020-04-07' })).toEqual({
      kind: 'lookup',
      href: 'https://web.archive.org/web/20200407/https://a.example/',
    });
    expect(archiveLink({})).toBeUndefined();
  });
  it('reads the day from a snapshot address', () => {
    expect(snapshotDay('https://web.archive.org/web/20200408093000/https://a.example/')).toBe('2020-04-08');
    expect(snapshotDay('https://archive.ph/abc')).toBeUndefined();
  });
});

describe('source schema', () => {
  const base = { outlet: 'A', url: 'https://a.example/', date: '2020-04-07' };
  it('takes accessed and a snapshot with its day', () => {
    expect(
      sourceSchema.safeParse({ ...base, accessed: '2026-11-27', archiveUrl: 'https://web.archive.org/web/2026/https://a.example/', archived: '2026-11-28' })
        .success,
    ).toBe(true);
  });
  it('wants archiveUrl and archived together', () => {
    const r = sourceSchema.safeParse({ ...base, archiveUrl: 'https://web.archive.org/web/2026/https://a.example/' });
    expect(r.error?.issues[0]).toMatchObject({ path: ['archived'], message: expect.stringContaining('together') });
    expect(sourceSchema.safeParse({ ...base, archived: '2026-11-28' }).success).toBe(false);
  });
  it('refuses an access or snapshot day before publication, and unquoted or unreal days', () => {
    expect(sourceSchema.safeParse({ ...base, accessed: '2020-04-01' }).error?.issues[0]?.path).toEqual(['accessed']);
    expect(sourceSchema.safeParse({ ...base, archiveUrl: 'https://w.example/', archived: '2019-01-01' }).error?.issues[0]?.path).toEqual(['archived']);
    expect(sourceSchema.safeParse({ ...base, accessed: '2026-02-30' }).success).toBe(false);
  });
  it('needs a url on an event source (only a dispute side may lack one)', () => {
    expect(sourceSchema.safeParse({ outlet: 'FT', date: '2020-04-09' }).success).toBe(false);
  });
});

describe('event disputes', () => {
  const event = { title: 'T', date: '2020-04-09', actor: 'a', action: 'ban', summary: 'S.', sources: [src('a')], confidence: 'high' };
  it('accepts a date dispute whose claims give dates, one of them the event date', () => {
    expect(eventSchema.safeParse({ ...event, disputes: [dateDispute('2020-04-09', '2020-04-10')] }).error?.issues).toBeUndefined();
  });
  it('wants a date on every claim of a date dispute', () => {
    const d = dateDispute('2020-04-09', '2020-04-10');
    delete (d.claims[1] as { date?: string }).date;
    expect(eventSchema.safeParse({ ...event, disputes: [d] }).error?.issues[0]?.message).toMatch(/give each claim its "date"/);
  });
  it('refuses a claim date outside a date dispute, and an event date none of the sides gives', () => {
    const scope = {
      about: 'scope',
      claims: [
        { says: 'a', date: '2020-04-09', source: src('a') },
        { says: 'b', source: src('b') },
      ],
    };
    expect(eventSchema.safeParse({ ...event, disputes: [scope] }).error?.issues[0]?.message).toMatch(/only goes in a dispute with about: date/);
    expect(eventSchema.safeParse({ ...event, date: '2020-04-08', disputes: [dateDispute('2020-04-09', '2020-04-10')] }).error?.issues[0]?.path).toEqual([
      'date',
    ]);
  });
  it('lets a side cite a report named without an address', () => {
    const d = {
      about: 'action',
      claims: [
        { says: 'a', source: { outlet: 'Financial Times', date: '2020-04-09' } },
        { says: 'b', source: src('b') },
      ],
    };
    expect(eventSchema.safeParse({ ...event, disputes: [d] }).error?.issues).toBeUndefined();
  });
});

describe('article dek and photo caption', () => {
  const article = {
    title: 'T',
    originalTitle: 'O',
    summary: 'S',
    outlet: 'bisnis',
    authors: ['A'],
    published: '2020-04-07T14:33:00+07:00',
    originalUrl: 'https://a.example/',
    originalLanguage: 'id',
    translator: 'T',
    translated: '2026-11-27',
  };
  it('takes the dek with its translation, or neither', () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, originalDek: 'D', dek: 'd' }).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, originalDek: 'D' }).error?.issues[0]?.path).toEqual(['dek']);
  });
  it('stores the photo caption with its translation and credit', () => {
    expect(articleSchema.safeParse({ ...article, originalImageCaption: { caption: 'C', translation: 'c', credit: 'blog.zoom.us' } }).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, originalImageCaption: { caption: 'C' } }).success).toBe(false);
  });
});
