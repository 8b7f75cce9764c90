/**
 * What the timeline's front page lists, so a reader sees the events themselves without a click: the
 * whole archive while it fits one page (MONTH_PAGE_THRESHOLD events, the size at which a year is paged
 * by month to stay within the page-weight budget), else the latest year when that fits, else the
 * latest FRONT_LATEST events, with the month pages linked above. Pure.
 */
import { MONTH_PAGE_THRESHOLD } from './timeline.ts';

export const FRONT_LATEST = 50;

export type FrontScope = { scope: 'all' } | { scope: 'year'; year: string } | { scope: 'latest' };

export function frontPageEvents<E extends { when: string }>(timeline: readonly E[], threshold = MONTH_PAGE_THRESHOLD): { events: E[] } & FrontScope {
  if (timeline.length <= threshold) return { scope: 'all', events: [...timeline] };
  const year = timeline[timeline.length - 1]!.when.slice(0, 4);
  const ofYear = timeline.filter((e) => e.when.startsWith(year));
  if (ofYear.length <= threshold) return { scope: 'year', year, events: ofYear };
  return { scope: 'latest', events: timeline.slice(-FRONT_LATEST) };
}
