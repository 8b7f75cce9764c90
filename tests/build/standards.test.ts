/**
 * Newsroom standards on the built site, derived from content/: every <ClaimCheck> in an article's MDX
 * is a ClaimReview with the fields Google's fact-check guidance requires and recommends; every
 * confidence label and verdict badge links to its definition on /methods/; /corrections/, its feed,
 * and the notes on articles and events list exactly the corrections the content files record.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { distDir, page } from '../helpers/dist.ts';
import { verdictRatings, verdicts } from '../../src/lib/verdicts.ts';

const site = 'https://lintas.example.org';
type Node = Record<string, any>;

const frontmatterOf = (mdx: string): Node => parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)![1]!);
const articleIds = readdirSync('content/articles').filter((n) => existsSync(`content/articles/${n}/index.mdx`));
const articles = articleIds
  .map((id) => ({ id, mdx: readFileSync(`content/articles/${id}/index.mdx`, 'utf8') }))
  .map((a) => ({ ...a, data: frontmatterOf(a.mdx) }))
  .filter((a) => a.data.draft !== true);
const events = readdirSync('content/events')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), data: parseYaml(readFileSync(`content/events/${f}`, 'utf8')) as Node }))
  .filter((e) => e.data.draft !== true);

const jsonLdOf = (html: HTMLElement): Node[] =>
  html.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => JSON.parse(s.rawText)['@graph'] ?? []);
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const isDate = (s: unknown) =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/.test(s) && !Number.isNaN(Date.parse(s));
/** The claim checks written in an article's MDX, read with a plain pattern (not the site's own parser); attributes in either quotes. */
const attribute = (attrs: string, name: string) => {
  const m = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
};
const claimChecksInMdx = (mdx: string) =>
  [...mdx.matchAll(/<ClaimCheck\b((?:\s+[\w-]+=(?:"[^"]*"|'[^']*'))*)\s*>/g)].map((m) => ({
    claim: attribute(m[1]!, 'claim'),
    verdict: attribute(m[1]!, 'verdict'),
  }));

describe('ClaimReview', () => {
  it('the site has claim checks to test', () => {
    expect(articles.flatMap((a) => claimChecksInMdx(a.mdx)).length).toBeGreaterThan(0);
  });

  for (const a of articles) {
    describe(a.id, () => {
      const html = parseHtml(page(`/articles/${a.id}/`));
      const reviews = jsonLdOf(html).filter((n) => n['@type'] === 'ClaimReview');
      const pageUrl = `${site}/articles/${a.id}/`;

      it('has one ClaimReview per <ClaimCheck> in the MDX, in order, with its claim and verdict', () => {
        const written = claimChecksInMdx(a.mdx);
        expect(reviews.map((r) => [r.claimReviewed, r.reviewRating.alternateName.toLowerCase()])).toEqual(written.map((c) => [c.claim, c.verdict]));
      });

      it('points each at its claim-check note on the page, which shows the same claim and verdict', () => {
        for (const r of reviews) {
          expect(r.url.startsWith(`${pageUrl}#`), r.url).toBe(true);
          const note = html.getElementById(new URL(r.url).hash.slice(1));
          expect(note, r.url).not.toBeNull();
          expect(note!.classList.contains('note--claim')).toBe(true);
          expect(text(note!.querySelector('.note-on')?.textContent)).toBe(`on “${r.claimReviewed}”`);
          expect(text(note!.querySelector('.verdict')?.textContent).replace(/^Verdict: /, '')).toBe(r.reviewRating.alternateName.toLowerCase());
        }
      });

      it("carries the fields Google's fact-check guidance requires and recommends, with their types", () => {
        for (const r of reviews) {
          // Required: claimReviewed, reviewRating.alternateName, url.
          expect(typeof r.claimReviewed === 'string' && r.claimReviewed.length > 0).toBe(true);
          expect(r.reviewRating['@type']).toBe('Rating');
          expect(typeof r.reviewRating.alternateName).toBe('string');
          // Recommended: author, datePublished, itemReviewed (a Claim with author, datePublished,
          // appearance), and a numeric rating within its scale.
          expect(r.author).toMatchObject({ '@type': expect.stringMatching(/Organization$/), name: 'Lintas' });
          expect(isDate(r.datePublished), r.datePublished).toBe(true);
          expect(r.datePublished).toBe(a.data.translated);
          const { ratingValue, bestRating, worstRating } = r.reviewRating;
          for (const v of [ratingValue, bestRating, worstRating]) expect(Number.isInteger(v)).toBe(true);
          expect(ratingValue).toBeGreaterThanOrEqual(worstRating);
          expect(ratingValue).toBeLessThanOrEqual(bestRating);
          expect(r.itemReviewed['@type']).toBe('Claim');
          expect(r.itemReviewed.author['@type']).toMatch(/^(Organization|Person)$/);
          expect(typeof r.itemReviewed.author.name).toBe('string');
          expect(r.itemReviewed.datePublished).toBe(a.data.published);
          expect(r.itemReviewed.appearance.url).toBe(a.data.originalUrl);
        }
      });
    });
  }
});

const builtPages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' || d.name === 'og' ? [] : builtPages(p);
    return d.name.endsWith('.html') ? [p] : [];
  });

describe('/methods/', () => {
  const methods = parseHtml(page('/methods/'));
  const anchors = new Set(methods.querySelectorAll('[id]').map((e) => e.id));

  it('defines each confidence level, each verdict, the corrections policy, rights and responsibility', () => {
    for (const id of [
      'sourcing',
      'confidence-high',
      'confidence-medium',
      'confidence-low',
      ...verdicts.map((v) => `verdict-${v}`),
      'rating',
      'translations',
      'corrections',
      'rights',
      'responsibility',
    ]) {
      expect(anchors.has(id), id).toBe(true);
    }
  });

  it('publishes the verdict-to-rating mapping the ClaimReview markup uses', () => {
    const rows = methods.querySelectorAll('table.ratings tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => text(c.textContent)));
    expect(rows.map((r) => r[0])).toEqual([...verdicts]);
    for (const [verdict, value, name] of rows) {
      const rating = verdictRatings[verdict as (typeof verdicts)[number]];
      expect(value).toMatch(new RegExp(`^${rating.ratingValue} of \\d$`));
      expect(name).toBe(rating.alternateName);
    }
  });

  it('every confidence label and verdict badge on every page links to its definition there, and every page links to /methods/ and /corrections/', () => {
    let badges = 0;
    for (const file of builtPages(distDir)) {
      const url = `/${path.relative(distDir, file)}`;
      if (url === '/methods/index.html') continue; // the definitions themselves
      const html = parseHtml(readFileSync(file, 'utf8'));
      for (const el of html.querySelectorAll('.badge--high, .badge--medium, .verdict')) {
        badges += 1;
        const cls = el.classList.value.find((c) => /^(badge|verdict)--/.test(c))!;
        const expected = cls.startsWith('badge--') ? `/methods/#confidence-${cls.slice(7)}` : `/methods/#${cls}`.replace('#verdict--', '#verdict-');
        expect(el.tagName, `${url}: ${el.outerHTML}`).toBe('A');
        expect(el.getAttribute('href'), url).toBe(expected);
        expect(anchors.has(expected.split('#')[1]!), expected).toBe(true);
      }
      if (!/\/(404|500)/.test(url)) {
        const footer = html.querySelector('footer');
        expect(footer?.querySelector('a[href="/methods/"]'), url).toBeTruthy();
        expect(footer?.querySelector('a[href="/corrections/"]'), url).toBeTruthy();
      }
    }
    expect(badges).toBeGreaterThan(0);
  });
});

describe('corrections', () => {
  const recorded = [
    ...articles.flatMap((a) => (a.data.corrections ?? []).map((c: Node) => ({ ...c, title: a.data.title }))),
    ...events.flatMap((e) => (e.data.corrections ?? []).map((c: Node) => ({ ...c, title: e.data.title }))),
  ];
  const html = parseHtml(page('/corrections/'));

  it('/corrections/ lists every correction in content/, newest first, or says plainly that there is none', () => {
    const items = html.querySelectorAll('.corrections-list > li');
    expect(items).toHaveLength(recorded.length);
    if (recorded.length === 0) expect(text(html.querySelector('main')?.textContent)).toContain('No corrections have been published yet.');
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.sort()).toEqual(recorded.map((c) => c.date).sort());
  });

  it('has its own RSS feed, linked from the page, with one item per correction', () => {
    expect(html.querySelector('link[rel="alternate"][href="/corrections/rss.xml"]')).toBeTruthy();
    const rss = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path.join(distDir, 'corrections/rss.xml'), 'utf8')).rss;
    expect(rss.channel['atom:link']['@_href']).toBe(`${site}/corrections/rss.xml`);
    expect([rss.channel.item ?? []].flat()).toHaveLength(recorded.length);
  });

  it("shows each article's corrections at the top, dated, and none where there are none", () => {
    for (const a of articles) {
      const doc = parseHtml(page(`/articles/${a.id}/`));
      const notes = doc.querySelectorAll('header .corrections li');
      expect(notes, a.id).toHaveLength((a.data.corrections ?? []).length);
      notes.forEach((li, i) => {
        expect(li.id).toBe(`correction-${i + 1}`);
        expect(li.querySelector('time')?.getAttribute('datetime')).toBe(a.data.corrections[i].date);
      });
    }
  });
});
