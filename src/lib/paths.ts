/** Every URL the site builds, in one place, so links and routes cannot drift apart. */
export const articlePath = (id: string) => `/articles/${id}/`;
export const entityPath = (id: string) => `/entities/${id}/`;
export const entitiesPath = () => `/entities/`;
/** Where an Open Graph card is published: /og/articles/<id>.png, /og/entities/<id>.png, /og/site.png. */
export const ogImagePath = (kind: 'articles' | 'entities' | 'site', id?: string) => (kind === 'site' ? '/og/site.png' : `/og/${kind}/${id}.png`);
export const eventAnchor = (id: string) => `event-${id}`;
export const timelinePath = (year?: string) => (year ? `/timeline/${year}/` : `/timeline/`);
/**
 * The month part of a paged timeline's URL for an event's sort key: "2020-04-07" -> "04"; an event
 * known only by its year -> "undated".
 */
export const monthSegment = (sortKey: string) => (sortKey.length >= 7 ? sortKey.slice(5, 7) : 'undated');
/**
 * A view of a year's timeline: the year, or a filtered view (/timeline/2020/action/ban/), optionally
 * one month of it when the view is paged by month (/timeline/2020/04/, /timeline/2020/action/ban/04/).
 */
export const timelineViewPath = (year: string, filter?: { kind: string; value: string }, month?: string) =>
  `${timelinePath(year)}${filter ? `${filter.kind}/${filter.value.toLowerCase()}/` : ''}${month ? `${month}/` : ''}`;
/**
 * The part of a month a page of a split month holds (see src/lib/timeline.ts): "01" (days 1-10),
 * "11" (days 11-20) or "21" (day 21 to the end). An event known only by its month goes with "01".
 */
export const monthPartOf = (sortKey: string) => {
  const day = sortKey.length >= 10 ? Number(sortKey.slice(8, 10)) : 1;
  return day <= 10 ? '01' : day <= 20 ? '11' : '21';
};
/**
 * The URL segment of the page that holds an event in a paged view: its month ("04"), or, where that
 * month is split, the month and part ("04-11"). Events known only by their year: "undated".
 */
export const pageSegment = (sortKey: string, monthIsSplit: boolean) =>
  monthIsSplit && sortKey.length >= 7 ? `${monthSegment(sortKey)}-${monthPartOf(sortKey)}` : monthSegment(sortKey);

/** How the year timelines are paged (src/lib/timeline.ts computes both; src/lib/content.ts adds them to `xref`). */
export interface TimelinePaging {
  /** Years with too many events for one page: paged by month. */
  pagedYears?: ReadonlySet<string> | undefined;
  /** Months ("2020-04") of paged years with too many events for one page: split in three. */
  splitMonths?: ReadonlySet<string> | undefined;
}

/**
 * An event lives on its year's timeline page, under a stable anchor; in a year with too many events
 * for one page, on its month's page; in a month with too many, on the page of its part of the month.
 * Pure: the page follows from the event's date and the paging alone.
 */
export const eventPath = (id: string, sortKey: string, paging?: TimelinePaging) => {
  const year = sortKey.slice(0, 4);
  const segment = paging?.pagedYears?.has(year) ? pageSegment(sortKey, paging.splitMonths?.has(sortKey.slice(0, 7)) ?? false) : undefined;
  return `${timelineViewPath(year, undefined, segment)}#${eventAnchor(id)}`;
};
export const bansPath = () => `/bans/`;
/** The methods page, or one definition on it: methodsPath('confidence-high') -> "/methods/#confidence-high". */
export const methodsPath = (anchor?: string) => `/methods/${anchor ? `#${anchor}` : ''}`;
export const correctionsPath = () => `/corrections/`;

/**
 * The path the site is served under: "/" at a domain's root, "/lintas/" under a sub-path (Astro's
 * `base`, from src/site-config.ts via --base or LINTAS_BASE). Outside Astro (plain Node: the card
 * worker, scripts) there is no import.meta.env, and paths are the site's own, from "/".
 */
export const BASE: string = `/${(import.meta.env ? import.meta.env.BASE_URL : '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * Every link the site writes goes through here: a site path ("/timeline/2020/#event-x", as the
 * builders above return) -> the URL to write in the page ("/lintas/timeline/2020/#event-x").
 */
export const url = (path: string): string => BASE + path.replace(/^\/+/, '');

/** The reverse of `url`: a request path under the base -> the site path ("/lintas/bans/" -> "/bans/"). */
export const sitePath = (pathname: string): string => (pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname);

/**
 * An absolute URL on the site: `root` is the site's URL with its base ("https://news.example.com/lintas/",
 * src/lib/site.ts `siteRoot`), `path` a site path. "/" -> the root itself.
 */
export const absolute = (root: URL | string, path: string): string => {
  const base = new URL(root);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\/+/, ''), base).href;
};
