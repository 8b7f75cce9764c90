/**
 * A page's metadata for machines (Open Graph, article tags, JSON-LD), from what the page says it is.
 * The page knows what it shows, so it hands that over (`head` on the layout, as Starlight's pages
 * hand their route data to its components); nothing here works out the page from its URL. The URL
 * gives only the canonical address and the breadcrumb's enclosing pages. Pure, unit-tested in
 * tests/unit/page-head.test.ts; src/components/SeoHead.astro renders the result.
 */
import type { Article } from '../schemas/article.ts';
import type { Entity } from '../schemas/entity.ts';
import type { CrossReference, Record } from './cross-reference.ts';
import type { ClaimCheckRecord } from './article-body.ts';
import {
  absolute,
  breadcrumbLd,
  breadcrumbTrail,
  claimReviewLd,
  entityLd,
  entitySchemaType,
  eventLd,
  eventListLd,
  graph,
  newsArticleLd,
  organizationLd,
  serializeJsonLd,
  SITE_NAME,
  websiteLd,
  type JsonLdNode,
} from './jsonld.ts';
import { resolveEvent } from './open-data/resolve.ts';
import { eventPath, ogImagePath, type TimelinePaging } from './paths.ts';
import type { TimelineEvent } from './timeline-event.ts';

/** What a page is, as the page says it. Pages that are none of these need not say anything. */
export type PageSubject =
  | { kind: 'home' }
  /** `claimChecks`: the article's claim checks, for its ClaimReview JSON-LD (src/lib/article-body.ts `articleBody`). */
  | { kind: 'article'; article: Record<Article>; claimChecks?: readonly ClaimCheckRecord[] | undefined }
  | { kind: 'entity'; entity: Record<Entity> }
  /** An error page (404): no canonical URL, no og:url, no breadcrumb. */
  | { kind: 'error' }
  | { kind: 'page' };

export interface PageHeadInput {
  /** The site's URL with its base (src/lib/site.ts `siteRoot`): every URL below is absolute on it. */
  site: URL;
  /** The page's path, for its canonical URL and its breadcrumb's enclosing pages. */
  pathname: string;
  /** The document title, " · Lintas" included. */
  title: string;
  description: string;
  subject?: PageSubject | undefined;
  /** The events the page lists, for a JSON-LD ItemList. */
  listedEvents?: TimelineEvent[] | undefined;
  /** What the breadcrumb calls this page, where not its title. */
  crumb?: string | undefined;
  xref: CrossReference & TimelinePaging;
}

export interface PageHead {
  /** Absolute canonical URL; undefined on an error page. */
  canonical: string | undefined;
  /** The title without " · Lintas". */
  name: string;
  ogType: 'website' | 'article' | 'profile';
  image: string;
  imageAlt: string;
  /** The translation's own dates (Lintas's, as in its JSON-LD and the feeds); the original's is on the page. */
  article?: { published: string; modified?: string | undefined; authors: string[]; section?: string | undefined; tags: string[] } | undefined;
  /** The serialised JSON-LD graph, safe inside <script type="application/ld+json">. */
  jsonLd: string;
}

export function pageHead({ site, pathname, title, description, subject = { kind: 'page' }, listedEvents, crumb, xref }: PageHeadInput): PageHead {
  const isError = subject.kind === 'error';
  const canonical = absolute(site, pathname);
  const name = title.replace(/ · Lintas$/, '');
  const head: PageHead = {
    canonical: isError ? undefined : canonical,
    name,
    ogType: 'website',
    image: absolute(site, ogImagePath('site')),
    imageAlt: `${SITE_NAME}: who restricted Zoom in 2020, and why`,
    jsonLd: '',
  };
  let crumbName = name;
  const nodes: JsonLdNode[] = [];

  if (subject.kind === 'home') {
    nodes.push(websiteLd(site, description), organizationLd(site));
  } else if (subject.kind === 'article') {
    const { id, data: a } = subject.article;
    const outletName = xref.entities.get(a.outlet)?.data.name ?? a.outlet;
    head.ogType = 'article';
    head.image = absolute(site, ogImagePath('articles', id));
    head.imageAlt = `${a.title} (translated from ${outletName})`;
    crumbName = a.title;
    head.article = { published: a.translated, modified: a.updated, authors: a.authors, section: a.section, tags: a.tags };
    const mentions = a.entities.flatMap((e) => {
      const entity = xref.entities.get(e);
      return entity ? [{ id: e, name: entity.data.name }] : [];
    });
    const outlet = { id: a.outlet, name: outletName };
    nodes.push(newsArticleLd({ id, article: a, outlet, mentions, site, image: head.image }), organizationLd(site));
    // One ClaimReview per <ClaimCheck> in the article's MDX (src/lib/article-body.ts).
    for (const check of subject.claimChecks ?? []) nodes.push(claimReviewLd({ articleId: id, article: a, outlet, check, site }));
  } else if (subject.kind === 'entity') {
    const { id, data: e } = subject.entity;
    const parent = e.parent ? xref.entities.get(e.parent) : undefined;
    head.ogType = entitySchemaType[e.type] === 'Person' ? 'profile' : 'website';
    head.image = absolute(site, ogImagePath('entities', id));
    head.imageAlt = `${e.name}: ${e.description}`;
    crumbName = e.name;
    nodes.push(entityLd({ id, entity: e, parent: parent ? { id: parent.id, entity: parent.data } : undefined, site, image: head.image }));
  }

  if (listedEvents)
    nodes.push(
      eventListLd(
        name,
        canonical,
        listedEvents.map((e) => eventNode(e, site, xref)),
      ),
    );
  if (crumb) crumbName = crumb;
  if (!isError) nodes.push(breadcrumbLd(site, breadcrumbTrail(pathname, crumbName)));
  head.jsonLd = serializeJsonLd(graph(nodes));
  return head;
}

function eventNode(e: TimelineEvent, site: URL, xref: CrossReference & TimelinePaging): JsonLdNode {
  const { actors, subject } = resolveEvent(xref, e);
  const ref = (r: (typeof actors)[number]) => ({ id: r.id, name: r.name, type: r.type, country: r.country ?? undefined });
  return eventLd({
    id: e.id,
    event: e.data,
    when: e.when,
    url: absolute(site, eventPath(e.id, e.when, xref)),
    actors: actors.map(ref),
    subject: subject ? ref(subject) : undefined,
    site,
  });
}
