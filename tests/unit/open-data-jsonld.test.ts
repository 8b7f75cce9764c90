import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, entityLd, newsArticleLd, pageKind, serializeJsonLd } from '../../src/lib/jsonld.ts';

const site = 'https://lintas.example.org';

describe('serializeJsonLd', () => {
  const hostile = '</script><script>alert(1)</script>';
  it('writes no "</script" and parses back to the same string', () => {
    const out = serializeJsonLd({ headline: hostile });
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual({ headline: hostile });
  });
  it('escapes <!--, &, and the JavaScript line separators U+2028 and U+2029', () => {
    const value = { a: '<!-- x --> & y', b: 'one\u2028two\u2029three', c: '行政院' };
    const out = serializeJsonLd(value);
    expect(out).not.toContain('<!--');
    expect(out).toContain('\\u0026');
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(out).toContain('行政院');
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('pageKind', () => {
  it.each([
    ['/', { kind: 'home' }],
    ['/articles/some-article/', { kind: 'article', id: 'some-article' }],
    ['/entities/executive-yuan/', { kind: 'entity', id: 'executive-yuan' }],
    ['/timeline/2020/', { kind: 'timeline-year', year: '2020' }],
    // Pages below a year (filtered views, months) pass the events they list to the layout themselves.
    ['/timeline/2020/country/tw/', { kind: 'other' }],
    ['/timeline/2020/04-11/', { kind: 'other' }],
    ['/articles/', { kind: 'other' }],
    ['/entities/', { kind: 'other' }],
    ['/timeline/', { kind: 'other' }],
    ['/bans/', { kind: 'other' }],
    ['/data/', { kind: 'other' }],
  ])('%s', (path, kind) => {
    expect(pageKind(path)).toEqual(kind);
  });
});

describe('breadcrumbTrail', () => {
  it('names home, the section, enclosing pages that exist, and the page', () => {
    expect(breadcrumbTrail('/articles/x/', 'Headline')).toEqual([
      { name: 'Lintas', path: '/' },
      { name: 'Articles', path: '/articles/' },
      { name: 'Headline', path: '/articles/x/' },
    ]);
    expect(breadcrumbTrail('/timeline/2020/country/tw/', 'Taiwan').map((c) => c.path)).toEqual(['/', '/timeline/', '/timeline/2020/', '/timeline/2020/country/tw/']);
    expect(breadcrumbTrail('/', 'Lintas')).toEqual([{ name: 'Lintas', path: '/' }]);
  });
});

const article = {
  title: 'Taiwan Bans Government Agencies From Using Zoom',
  originalTitle: 'Taiwan Larang Instansi Pemerintah Gunakan Zoom',
  summary: 's',
  originalDek: 'r',
  dek: 'd',
  outlet: 'bisnis',
  section: 'Kabar24',
  authors: ['Nirmala Aninda'],
  editors: ['Fitri Sartina Dewi'],
  published: '2020-04-07T14:33:00+07:00',
  originalUrl: 'https://kabar24.bisnis.com/read/x',
  originalLanguage: 'id',
  language: 'en',
  translator: 'Lintas newsroom',
  translated: '2020-05-01',
  entities: [],
  events: [],
  tags: ['taiwan'],
  draft: false,
};

describe('newsArticleLd', () => {
  const ld = newsArticleLd({ id: 'a', article, outlet: { id: 'bisnis', name: 'Bisnis.com' }, site }) as Record<string, any>;
  it('is a NewsArticle with the original as translationOfWork (URL, language, headline)', () => {
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.url).toBe('https://lintas.example.org/articles/a/');
    expect(ld.inLanguage).toBe('en');
    expect(ld.datePublished).toBe('2020-04-07T14:33:00+07:00');
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Nirmala Aninda' }]);
    expect(ld.translationOfWork).toMatchObject({ url: article.originalUrl, inLanguage: 'id', headline: article.originalTitle });
    expect(ld.isBasedOn).toBe(article.originalUrl);
    expect(ld.publisher).toEqual({ '@id': 'https://lintas.example.org/#organization' });
  });
  it('credits the translator: the newsroom as an organisation, a named translator as a person', () => {
    expect(ld.translator['@type']).toBe('Organization');
    const named = newsArticleLd({ id: 'a', article: { ...article, translator: 'Ayu Lestari' }, outlet: { id: 'bisnis', name: 'Bisnis.com' }, site }) as Record<string, any>;
    expect(named.translator).toEqual({ '@type': 'Person', name: 'Ayu Lestari' });
  });
});

describe('entityLd', () => {
  const base = { name: 'Taiwan', type: 'state' as const, aliases: [{ name: '臺灣', lang: 'zh-Hant', kind: 'name' as const }], description: 'd', links: [], sources: [], draft: false };
  it('makes a state a Country and links Wikidata only when the item is recorded', () => {
    const without = entityLd({ id: 'taiwan', entity: base, site }) as Record<string, any>;
    expect(without['@type']).toBe('Country');
    expect(without.sameAs).toBeUndefined();
    expect(without.alternateName).toEqual(['臺灣']);
    const withQ = entityLd({ id: 'taiwan', entity: { ...base, wikidata: 'Q865' }, site }) as Record<string, any>;
    expect(withQ.sameAs).toEqual(['https://www.wikidata.org/wiki/Q865']);
  });
  it('makes a person a Person and a ministry an organisation with its parent organisation', () => {
    expect((entityLd({ id: 'p', entity: { ...base, type: 'person' }, site }) as any)['@type']).toBe('Person');
    const ministry = entityLd({ id: 'm', entity: { ...base, type: 'ministry' }, parent: { id: 'g', entity: { ...base, name: 'Cabinet', type: 'government-body' } }, site }) as any;
    expect(ministry['@type']).toBe('GovernmentOrganization');
    expect(ministry.parentOrganization).toMatchObject({ name: 'Cabinet', '@id': 'https://lintas.example.org/entities/g/#entity' });
  });
});
