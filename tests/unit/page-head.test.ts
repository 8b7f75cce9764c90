/** A page's metadata comes from what the page says it is, never from its URL (src/lib/page-head.ts). */
import { describe, expect, it } from 'vitest';
import { buildCrossReference } from '../../src/lib/cross-reference.ts';
import { pageHead, type PageSubject } from '../../src/lib/page-head.ts';
import { timelinePaging } from '../../src/lib/timeline.ts';
import { entityEntry, eventEntry } from '../helpers/entries.ts';

const site = new URL('https://lintas.example.org');
const entity = (id: string, type: string, extra: object = {}) => entityEntry(id, type, { name: `Name of ${id}`, ...extra });
const refs = buildCrossReference({
  entities: [
    entity('outlet', 'news-outlet'),
    entity('gov', 'government-body', { country: 'TW' }),
    entity('min', 'ministry', { country: 'TW', parent: 'gov' }),
    entity('pat', 'person'),
    entity('zoom', 'company'),
  ],
  events: [eventEntry('ev', { title: 'Ministry bans Zoom', date: '2020-04-07', actor: ['min'] })],
  articles: [],
});
const xref = { ...refs, ...timelinePaging(refs.timeline) };
const article = {
  id: 'art',
  data: {
    title: 'A headline',
    originalTitle: 'Judul',
    summary: 's',
    outlet: 'outlet',
    authors: ['Writer'],
    editors: [],
    published: '2020-04-07T14:33:00+07:00',
    originalUrl: 'https://example.org/a',
    originalLanguage: 'id',
    language: 'en',
    translator: 'Lintas newsroom',
    translated: '2020-05-01',
    entities: ['min'],
    events: ['ev'],
    tags: ['t'],
    corrections: [],
    draft: false,
  } as never,
};

const head = (pathname: string, subject?: PageSubject, extra: object = {}) =>
  pageHead({ site, pathname, title: 'Some page · Lintas', description: 'd', subject, xref, ...extra });
const types = (h: { jsonLd: string }) => (JSON.parse(h.jsonLd)['@graph'] as { '@type': string }[]).map((n) => n['@type']);

describe('pageHead', () => {
  it('the home page: WebSite and its publisher', () => {
    expect(types(head('/', { kind: 'home' }))).toEqual(['WebSite', 'NewsMediaOrganization', 'BreadcrumbList']);
  });

  it('an article: NewsArticle naming the outlet, article tags, its own card', () => {
    const h = head('/articles/art/', { kind: 'article', article });
    expect(types(h)).toEqual(['NewsArticle', 'NewsMediaOrganization', 'BreadcrumbList']);
    expect(h.ogType).toBe('article');
    expect(h.image).toBe('https://lintas.example.org/og/articles/art.png');
    expect(h.imageAlt).toBe('A headline (translated from Name of outlet)');
    // The translation's own dates (Lintas's), not the original's.
    expect(h.article).toEqual({ published: '2020-05-01', modified: undefined, authors: ['Writer'], section: undefined, tags: ['t'] });
    const crumbs = JSON.parse(h.jsonLd)['@graph'][2].itemListElement.map((c: { name: string }) => c.name);
    expect(crumbs).toEqual(['Lintas', 'Articles', 'A headline']);
  });

  it('an entity: its node with its parent; a person is an Open Graph profile', () => {
    const h = head('/entities/min/', { kind: 'entity', entity: xref.entities.get('min')! });
    const node = JSON.parse(h.jsonLd)['@graph'][0];
    expect(node.name).toBe('Name of min');
    expect(JSON.stringify(node)).toContain('Name of gov');
    expect(h.ogType).toBe('website');
    expect(head('/entities/pat/', { kind: 'entity', entity: xref.entities.get('pat')! }).ogType).toBe('profile');
  });

  it('the URL does not decide what the page is: an article-shaped path with no subject is a plain page', () => {
    const h = head('/articles/art/');
    expect(types(h)).toEqual(['BreadcrumbList']);
    expect(h.ogType).toBe('website');
    expect(h.image).toBe('https://lintas.example.org/og/site.png');
    expect(h.article).toBeUndefined();
  });

  it('an error page has no canonical URL and no breadcrumb', () => {
    const h = head('/404.html', { kind: 'error' });
    expect(h.canonical).toBeUndefined();
    expect(types(h)).toEqual([]);
  });

  it('a list page: an ItemList of its events, linked to their timeline anchors, under its crumb', () => {
    const h = head('/timeline/2020/', undefined, { listedEvents: xref.timeline, crumb: '2020' });
    const [list, crumbs] = JSON.parse(h.jsonLd)['@graph'];
    expect(list['@type']).toBe('ItemList');
    expect(list.itemListElement[0].item.url).toBe('https://lintas.example.org/timeline/2020/#event-ev');
    expect(crumbs.itemListElement.at(-1).name).toBe('2020');
    expect(h.canonical).toBe('https://lintas.example.org/timeline/2020/');
  });
});
