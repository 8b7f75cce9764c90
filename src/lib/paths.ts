/** Every URL the site builds, in one place, so links and routes cannot drift apart. */
export const articlePath = (id: string) => `/articles/${id}/`;
export const entityPath = (id: string) => `/entities/${id}/`;
export const entitiesPath = () => `/entities/`;
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
 * An event lives on its year's timeline page, under a stable anchor; in a year with too many events for
 * one page (`pagedYears`, from src/lib/timeline.ts), on its month's page.
 */
export const eventPath = (id: string, sortKey: string, pagedYears?: ReadonlySet<string>) => {
  const year = sortKey.slice(0, 4);
  return `${timelineViewPath(year, undefined, pagedYears?.has(year) ? monthSegment(sortKey) : undefined)}#${eventAnchor(id)}`;
};
export const bansPath = () => `/bans/`;
