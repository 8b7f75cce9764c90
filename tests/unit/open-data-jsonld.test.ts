import type { ClaimReview } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, claimReviewLd, entityLd, newsArticleLd, organizationLd, pageKind, serializeJsonLd } from '../../src/lib/jsonld.ts';
import { RATING_SCALE, verdictRatings, verdicts } from '../../src/lib/verdicts.ts';

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
    expect(breadcrumbTrail('/timeline/2020/country/tw/', 'Taiwan').map((c) => c.path)).toEqual([
      '/',
      '/timeline/',
      '/timeline/2020/',
      '/timeline/2020/country/tw/',
    ]);
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
  corrections: [],
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
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Nirmala Aninda' }]);
    expect(ld.translationOfWork).toMatchObject({ url: article.originalUrl, inLanguage: 'id', headline: article.originalTitle });
    // Honest dates: the translation is dated by the day Lintas published it, the original by its own time.
    expect(ld.datePublished).toBe('2020-05-01');
    expect(ld.translationOfWork.datePublished).toBe('2020-04-07T14:33:00+07:00');
    expect(ld.dateModified).toBeUndefined();
    expect(ld.correction).toBeUndefined();
    expect(ld.isBasedOn).toBe(article.originalUrl);
    expect(ld.publisher).toEqual({ '@id': 'https://lintas.example.org/#organization' });
  });
  it('credits the translator: the newsroom as an organisation, a named translator as a person', () => {
    expect(ld.translator['@type']).toBe('Organization');
    const named = newsArticleLd({ id: 'a', article: { ...article, translator: 'Ayu Lestari' }, outlet: { id: 'bisnis', name: 'Bisnis.com' }, site }) as Record<
      string,
      any
    >;
    expect(named.translator).toEqual({ '@type': 'Person', name: 'Ayu Lestari' });
  });
});

describe('newsArticleLd with an update and corrections', () => {
  const corrected = {
    ...article,
    updated: '2020-06-02',
    corrections: [
      { date: '2020-05-20', wrong: 'It said 8 April.', right: 'It was 7 April.' },
      { date: '2020-06-02', wrong: 'W2', right: 'R2' },
    ],
  };
  const ld = newsArticleLd({ id: 'a', article: corrected, outlet: { id: 'bisnis', name: 'Bisnis.com' }, site }) as Record<string, any>;
  it('has dateModified from updated and each correction as a dated CorrectionComment linking to its note', () => {
    expect(ld.dateModified).toBe('2020-06-02');
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2020-05-20',
        text: 'This article said: It said 8 April. What is right: It was 7 April.',
        url: 'https://lintas.example.org/articles/a/#correction-1',
      },
      {
        '@type': 'CorrectionComment',
        datePublished: '2020-06-02',
        text: 'This article said: W2 What is right: R2',
        url: 'https://lintas.example.org/articles/a/#correction-2',
      },
    ]);
  });
});

describe('claimReviewLd', () => {
  const check = { note: 3, claim: 'Taiwan has banned Zoom', verdict: 'imprecise' as const, original: 'Taiwan melarang Zoom' };
  // Typed with schema-dts: a wrong property or type fails `astro check` / tsc.
  const review: ClaimReview = claimReviewLd({ articleId: 'a', article, outlet: { name: 'Bisnis.com' }, check, site });
  const ld = review as Record<string, any>;
  it("has Google's required fields: claimReviewed, reviewRating.alternateName, url with the note's anchor", () => {
    expect(ld['@type']).toBe('ClaimReview');
    expect(ld.claimReviewed).toBe('Taiwan has banned Zoom');
    expect(ld.url).toBe('https://lintas.example.org/articles/a/#note-3');
    expect(ld.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 3, bestRating: 4, worstRating: 1, alternateName: 'Imprecise' });
  });
  it('reviews a Claim by the outlet, dated and appearing in the original article, with its original wording', () => {
    expect(ld.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Bisnis.com' },
      datePublished: '2020-04-07T14:33:00+07:00',
      appearance: {
        '@type': 'NewsArticle',
        url: article.originalUrl,
        headline: article.originalTitle,
        inLanguage: 'id',
        datePublished: '2020-04-07T14:33:00+07:00',
      },
      text: 'Taiwan melarang Zoom',
      inLanguage: 'id',
    });
  });
  it('is written by Lintas and dated by the translation', () => {
    expect(ld.author).toMatchObject({ '@id': 'https://lintas.example.org/#organization', name: 'Lintas' });
    expect(ld.datePublished).toBe('2020-05-01');
  });
  it('leaves out the original wording when the note does not give it', () => {
    const { original: _, ...withoutOriginal } = check;
    const bare = claimReviewLd({ articleId: 'a', article, outlet: { name: 'Bisnis.com' }, check: withoutOriginal, site }) as Record<string, any>;
    expect(bare.itemReviewed.text).toBeUndefined();
    expect(bare.itemReviewed.inLanguage).toBeUndefined();
  });
});

describe('organizationLd', () => {
  it('points to the published standards on /methods/: principles, fact-checking, corrections, feedback', () => {
    expect(organizationLd(site)).toMatchObject({
      '@type': 'NewsMediaOrganization',
      publishingPrinciples: 'https://lintas.example.org/methods/',
      verificationFactCheckingPolicy: 'https://lintas.example.org/methods/#verdicts',
      correctionsPolicy: 'https://lintas.example.org/methods/#corrections',
      actionableFeedbackPolicy: 'https://lintas.example.org/methods/#responsibility',
    });
  });
});

describe('verdict ratings', () => {
  it('map every verdict to a distinct whole number on the scale, best first, and a name', () => {
    const values = verdicts.map((v) => verdictRatings[v].ratingValue);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBe(verdicts.length);
    for (const v of verdicts) {
      const r = verdictRatings[v];
      expect(Number.isInteger(r.ratingValue)).toBe(true);
      expect(r.ratingValue).toBeGreaterThanOrEqual(RATING_SCALE.worstRating);
      expect(r.ratingValue).toBeLessThanOrEqual(RATING_SCALE.bestRating);
      expect(r.alternateName.toLowerCase()).toBe(v);
    }
    expect(verdictRatings[verdicts[0]].ratingValue).toBe(RATING_SCALE.bestRating);
    expect(verdictRatings[verdicts[verdicts.length - 1]!].ratingValue).toBe(RATING_SCALE.worstRating);
  });
});

describe('entityLd', () => {
  const base = {
    name: 'Taiwan',
    type: 'state' as const,
    aliases: [{ name: '臺灣', lang: 'zh-Hant', kind: 'name' as const }],
    description: 'd',
    links: [],
    sources: [],
    draft: false,
  };
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
    const ministry = entityLd({
      id: 'm',
      entity: { ...base, type: 'ministry' },
      parent: { id: 'g', entity: { ...base, name: 'Cabinet', type: 'government-body' } },
      site,
    }) as any;
    expect(ministry['@type']).toBe('GovernmentOrganization');
    expect(ministry.parentOrganization).toMatchObject({ name: 'Cabinet', '@id': 'https://lintas.example.org/entities/g/#entity' });
  });
});
