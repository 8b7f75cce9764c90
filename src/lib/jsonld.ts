/**
 * Schema.org JSON-LD for every page, as pure builders: each takes plain records and absolute URLs and
 * returns a node; src/lib/page-head.ts picks the nodes for what the page says it is and serialises
 * them with `serializeJsonLd`, which escapes the characters that could end the <script> element or break it.
 */
import type { ClaimReview, CorrectionComment, NewsMediaOrganization } from 'schema-dts';
import type { Article } from '../schemas/article.ts';
import type { Entity, EntityType } from '../schemas/entity.ts';
import type { Event } from '../schemas/event.ts';
import type { Source } from '../schemas/source.ts';
import type { ClaimCheckRecord } from './article-body.ts';
import { correctionAnchor, correctionText } from './corrections.ts';
import { absolute, articlePath, bansPath, entitiesPath, entityPath, methodsPath, timelinePath } from './paths.ts';
import { RATING_SCALE, verdictRatings } from './verdicts.ts';
import { SITE_NAME } from '../site-config.ts';

export { absolute, SITE_NAME };

export type JsonLdNode = { [key: string]: unknown };

/**
 * JSON for inside <script type="application/ld+json">: `<`, `>` and `&` become \u003c, \u003e, \u0026
 * so no "</script" or "<!--" can appear, and U+2028/U+2029 become escapes so older JavaScript parsers
 * reading it do not see a line break. JSON.parse gives back exactly the original strings.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The whole page's metadata as one document. */
export const graph = (nodes: JsonLdNode[]): JsonLdNode => ({ '@context': 'https://schema.org', '@graph': nodes });

export const organizationId = (site: URL | string) => `${absolute(site, '/')}#organization`;

/**
 * Lintas, the publisher of the translations and the dataset, with its published standards
 * (schema.org's news-organisation policies, all on /methods/).
 */
export function organizationLd(site: URL | string): JsonLdNode {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(site),
    name: SITE_NAME,
    url: absolute(site, '/'),
    publishingPrinciples: absolute(site, methodsPath()),
    verificationFactCheckingPolicy: absolute(site, methodsPath('verdicts')),
    correctionsPolicy: absolute(site, methodsPath('corrections')),
    actionableFeedbackPolicy: absolute(site, methodsPath('responsibility')),
  } satisfies NewsMediaOrganization;
}

export function websiteLd(site: URL | string, description: string): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': `${absolute(site, '/')}#website`,
    name: SITE_NAME,
    url: absolute(site, '/'),
    description,
    inLanguage: 'en',
    publisher: { '@id': organizationId(site) },
  };
}

export interface Crumb {
  name: string;
  /** Site path, e.g. "/timeline/2020/". */
  path: string;
}

export function breadcrumbLd(site: URL | string, crumbs: Crumb[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absolute(site, c.path) })),
  };
}

/** What the page at a path is, read with the patterns in `paths.ts`: only for a breadcrumb's enclosing pages (a page's own metadata comes from the page, src/lib/page-head.ts). */
export type PageKind =
  { kind: 'home' } | { kind: 'article'; id: string } | { kind: 'entity'; id: string } | { kind: 'timeline-year'; year: string } | { kind: 'other' };

/** Splits a path pattern around its one parameter, e.g. "/articles/" + "/". */
const around = (pathOf: (p: string) => string): [string, string] => pathOf('\u0000').split('\u0000') as [string, string];

const matchOne = (pathname: string, pathOf: (p: string) => string): string | undefined => {
  const [before, after] = around(pathOf);
  if (!pathname.startsWith(before) || !pathname.endsWith(after)) return undefined;
  const middle = pathname.slice(before.length, pathname.length - after.length);
  return middle.length > 0 && !middle.includes('/') ? decodeURIComponent(middle) : undefined;
};

export function pageKind(pathname: string): PageKind {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === '/') return { kind: 'home' };
  const article = matchOne(path, articlePath);
  if (article) return { kind: 'article', id: article };
  const entity = matchOne(path, entityPath);
  if (entity) return { kind: 'entity', id: entity };
  const year = matchOne(path, timelinePath);
  if (year && /^\d{4}$/.test(year)) return { kind: 'timeline-year', year };
  return { kind: 'other' };
}

/** Section index pages and what the breadcrumb calls them. */
const SECTIONS: Record<string, string> = {
  [articlePath('\u0000').split('\u0000')[0]!]: 'Articles',
  [entitiesPath()]: 'Entities',
  [timelinePath()]: 'Timeline',
  [bansPath()]: 'Bans',
  '/data/': 'Open data',
};

/**
 * Home, then each enclosing page that exists (a section index or a timeline year), then this page.
 * `name` is what this page is called (headline, entity name or title).
 */
export function breadcrumbTrail(pathname: string, name: string): Crumb[] {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const crumbs: Crumb[] = [{ name: SITE_NAME, path: '/' }];
  if (path === '/') return crumbs;
  const segments = path.split('/').filter(Boolean);
  for (let i = 1; i < segments.length; i++) {
    const prefix = `/${segments.slice(0, i).join('/')}/`;
    const section = SECTIONS[prefix];
    const kind = pageKind(prefix);
    if (section) crumbs.push({ name: section, path: prefix });
    else if (kind.kind === 'timeline-year') crumbs.push({ name: kind.year, path: prefix });
  }
  crumbs.push({ name, path });
  return crumbs;
}

const person = (name: string): JsonLdNode => ({ '@type': 'Person', name });

/** The `@id` of an entity's node: the one on its own page, so references across pages join up. */
export const entityId = (site: URL | string, id: string) => `${absolute(site, entityPath(id))}#entity`;

/**
 * The translator as credited: the site's own newsroom ("Lintas newsroom") is an organisation, anyone
 * else a person.
 */
const translatorLd = (name: string, site: URL | string): JsonLdNode =>
  name.startsWith(SITE_NAME) ? { '@type': 'Organization', name, parentOrganization: { '@id': organizationId(site) } } : person(name);

export interface ArticleLdInput {
  id: string;
  article: Article;
  outlet: { id: string; name: string };
  /** Entities the article involves, for `mentions`. */
  mentions?: { id: string; name: string }[];
  site: URL | string;
  /** Absolute URL of the article's Open Graph image. */
  image?: string | undefined;
}

/**
 * The translation as a NewsArticle. Honest dates: `datePublished` is the day Lintas published the
 * translation (`translated`), `dateModified` its `updated` day; the original's own publication time,
 * with its UTC offset, is the `datePublished` of `translationOfWork`, which also carries the
 * original's URL, language and headline. Each correction is a CorrectionComment in `correction`.
 */
export function newsArticleLd({ id, article, outlet, mentions = [], site, image }: ArticleLdInput): JsonLdNode {
  const url = absolute(site, articlePath(id));
  const original: JsonLdNode = {
    '@type': 'NewsArticle',
    url: article.originalUrl,
    inLanguage: article.originalLanguage,
    headline: article.originalTitle,
    ...(article.originalDek ? { description: article.originalDek } : {}),
    datePublished: article.published,
    author: article.authors.map(person),
    ...(article.editors.length > 0 ? { editor: article.editors.map(person) } : {}),
    publisher: { '@type': 'NewsMediaOrganization', '@id': entityId(site, outlet.id), name: outlet.name },
    ...(article.section ? { articleSection: article.section } : {}),
    ...(article.archiveUrl ? { archivedAt: article.archiveUrl } : {}),
  };
  return {
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.summary,
    inLanguage: article.language,
    datePublished: article.translated,
    ...(article.updated ? { dateModified: article.updated } : {}),
    author: article.authors.map(person),
    publisher: { '@id': organizationId(site) },
    translator: translatorLd(article.translator, site),
    translationOfWork: original,
    isBasedOn: article.originalUrl,
    ...(image ? { image } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags } : {}),
    ...(mentions.length > 0 ? { mentions: mentions.map((m) => ({ '@id': entityId(site, m.id), name: m.name })) } : {}),
    ...(article.corrections.length > 0 ? { correction: article.corrections.map((c, i) => correctionLd(c, `${url}#${correctionAnchor(i + 1)}`)) } : {}),
  };
}

/** A correction as schema.org's CorrectionComment: its day, what was wrong and what is right, its anchor. */
export function correctionLd(c: Article['corrections'][number], url: string) {
  return { '@type': 'CorrectionComment', datePublished: c.date, text: correctionText(c, 'article'), url } satisfies CorrectionComment;
}

export interface ClaimReviewInput {
  articleId: string;
  article: Pick<Article, 'translated' | 'updated' | 'published' | 'originalUrl' | 'originalTitle' | 'originalLanguage' | 'language'>;
  outlet: { name: string };
  check: ClaimCheckRecord;
  site: URL | string;
}

/**
 * One claim check as a schema.org ClaimReview, the markup fact-check tools read
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck): the claim in the
 * translation's words; the Claim itself, made by the outlet in the original article (its URL and
 * date, and the original wording when the note quotes it); the verdict as a rating (the mapping is
 * `verdictRatings` in verdicts.ts); Lintas as author; the note's own URL on the page.
 */
export function claimReviewLd({ articleId, article, outlet, check, site }: ClaimReviewInput) {
  const page = absolute(site, articlePath(articleId));
  const rating = verdictRatings[check.verdict];
  return {
    '@type': 'ClaimReview',
    url: `${page}#note-${check.note}`,
    claimReviewed: check.claim,
    inLanguage: article.language,
    datePublished: article.translated,
    ...(article.updated ? { dateModified: article.updated } : {}),
    author: { '@type': 'NewsMediaOrganization', '@id': organizationId(site), name: SITE_NAME, url: absolute(site, '/') },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: outlet.name },
      datePublished: article.published,
      appearance: {
        '@type': 'NewsArticle',
        url: article.originalUrl,
        headline: article.originalTitle,
        inLanguage: article.originalLanguage,
        datePublished: article.published,
      },
      ...(check.original ? { text: check.original, inLanguage: article.originalLanguage } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.ratingValue,
      bestRating: RATING_SCALE.bestRating,
      worstRating: RATING_SCALE.worstRating,
      alternateName: rating.alternateName,
    },
  } satisfies ClaimReview;
}

/** Schema.org type for each kind of entity: a state is a Country, a person a Person, the rest organisations. */
export const entitySchemaType: Record<EntityType, string> = {
  state: 'Country',
  'government-body': 'GovernmentOrganization',
  ministry: 'GovernmentOrganization',
  military: 'GovernmentOrganization',
  legislature: 'GovernmentOrganization',
  regulator: 'GovernmentOrganization',
  company: 'Corporation',
  'school-system': 'EducationalOrganization',
  'research-group': 'ResearchOrganization',
  'news-outlet': 'NewsMediaOrganization',
  person: 'Person',
};

export const wikidataUrl = (qid: string) => `https://www.wikidata.org/wiki/${qid}`;

export interface EntityLdInput {
  id: string;
  entity: Entity;
  /** The parent entity, when there is one. */
  parent?: { id: string; entity: Entity } | undefined;
  site: URL | string;
  image?: string | undefined;
}

/** An entity; `sameAs` Wikidata only when the item is recorded (the schema says: only when verified). */
export function entityLd({ id, entity, parent, site, image }: EntityLdInput): JsonLdNode {
  const type = entitySchemaType[entity.type];
  const isOrg = type !== 'Country' && type !== 'Person';
  const url = absolute(site, entityPath(id));
  const aliases = [...new Set(entity.aliases.map((a) => a.name))];
  const parentIsOrg = parent !== undefined && !['Country', 'Person'].includes(entitySchemaType[parent.entity.type]);
  return {
    '@type': type,
    '@id': entityId(site, id),
    name: entity.name,
    ...(aliases.length > 0 ? { alternateName: aliases } : {}),
    description: entity.description,
    url,
    ...(entity.wikidata ? { sameAs: [wikidataUrl(entity.wikidata)] } : {}),
    ...(isOrg && parent && parentIsOrg
      ? { parentOrganization: { '@type': entitySchemaType[parent.entity.type], '@id': entityId(site, parent.id), name: parent.entity.name } }
      : {}),
    ...(image ? { image } : {}),
  };
}

export interface EventLdInput {
  id: string;
  event: Event;
  /** The date the timeline files it under (date, or the report date). */
  when: string;
  /** Absolute URL of the event on its timeline page. */
  url: string;
  actors: { id: string; name: string; type: EntityType; country?: string | undefined }[];
  subject?: { id: string; name: string; type: EntityType } | undefined;
  site: URL | string;
}

const sourceLd = (s: Source): JsonLdNode => ({
  '@type': 'CreativeWork',
  url: s.url,
  ...(s.title ? { name: s.title } : {}),
  publisher: { '@type': 'Organization', name: s.outlet },
  ...(s.date ? { datePublished: s.date } : {}),
  inLanguage: s.language,
  ...(s.archiveUrl ? { archivedAt: s.archiveUrl } : {}),
});

/**
 * An event on the timeline. `startDate` is as precise as the sources (ISO 8601 reduced precision:
 * "2020-04" for a month); the actors are its organizers, the sources its `subjectOf`.
 */
export function eventLd({ id, event, when, url, actors, subject, site }: EventLdInput): JsonLdNode {
  const countries = [...new Set(actors.map((a) => a.country).filter((c): c is string => c !== undefined))];
  const ref = (e: { id: string; name: string; type: EntityType }) => ({ '@type': entitySchemaType[e.type], '@id': entityId(site, e.id), name: e.name });
  return {
    '@type': 'Event',
    '@id': url,
    identifier: id,
    name: event.title,
    description: event.summary,
    startDate: when,
    url,
    organizer: actors.map(ref),
    ...(subject ? { about: ref(subject) } : {}),
    ...(countries.length > 0 ? { location: countries.map((c) => ({ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: c } })) } : {}),
    subjectOf: event.sources.map(sourceLd),
  };
}

/** A list of events, e.g. a year of the timeline. */
export function eventListLd(name: string, url: string, events: JsonLdNode[]): JsonLdNode {
  return {
    '@type': 'ItemList',
    name,
    url,
    numberOfItems: events.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: events.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
  };
}
