/**
 * Timeline views: events grouped by year and month, and the facets (action, actor type, country)
 * that the static filtered views are built from. Pure; reads a CrossReference.
 */
import type { CrossReference } from './cross-reference.ts';
import { monthPartOf, monthSegment, pageSegment } from './paths.ts';
import type { TimelineEvent } from './timeline-event.ts';

export { monthSegment };

export interface MonthGroup {
  /** "2020-04" */
  month: string;
  events: TimelineEvent[];
}

export type FacetKind = 'action' | 'actor-type' | 'country';
export const facetKinds: FacetKind[] = ['action', 'actor-type', 'country'];

/** Events grouped by month, in date order. Events with only a year form a group of their own ("2020"). */
export function groupByMonth(events: TimelineEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const e of events) {
    const month = e.when.length >= 7 ? e.when.slice(0, 7) : e.when.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last && last.month === month) last.events.push(e);
    else groups.push({ month, events: [e] });
  }
  return groups;
}

export function years(events: TimelineEvent[]): string[] {
  return [...new Set(events.map((e) => e.when.slice(0, 4)))].sort();
}

/** The values an event has for a facet (an event with two actors can have two actor types). */
export function facetValues(xref: CrossReference, event: TimelineEvent, kind: FacetKind): string[] {
  if (kind === 'action') return [event.data.action];
  const actors = event.data.actor.map((id) => xref.entities.get(id)?.data).filter((e) => e !== undefined);
  const values = kind === 'actor-type' ? actors.map((a) => a.type) : actors.map((a) => a.country).filter((c): c is string => c !== undefined);
  return [...new Set(values)];
}

/** For each facet value, how many of the events have it, most common first. */
export function facetCounts(xref: CrossReference, events: TimelineEvent[], kind: FacetKind): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const v of facetValues(xref, e, kind)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function filterEvents(xref: CrossReference, events: TimelineEvent[], kind: FacetKind, value: string): TimelineEvent[] {
  return events.filter((e) => facetValues(xref, e, kind).includes(value));
}

/**
 * A timeline view (a year, or a filtered view of it) with more events than this is split into one
 * page per month, so a page stays light however large the archive grows (at 5,000 articles a year
 * can hold 10,000 events). The real site's 2020 is far below it and stays one page.
 */
export const MONTH_PAGE_THRESHOLD = 300;

export const isPaged = (eventCount: number, threshold = MONTH_PAGE_THRESHOLD) => eventCount > threshold;

/** The years whose timeline is paged by month. */
export function pagedYears(timeline: TimelineEvent[], threshold = MONTH_PAGE_THRESHOLD): Set<string> {
  return overThreshold(
    countBy(timeline, (e) => e.when.slice(0, 4)),
    threshold,
  );
}

/** How many events share each key; events for which `key` gives undefined are not counted. */
function countBy(events: TimelineEvent[], key: (e: TimelineEvent) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const k = key(e);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const overThreshold = (counts: Map<string, number>, threshold: number) => new Set([...counts].filter(([, n]) => isPaged(n, threshold)).map(([k]) => k));

/**
 * How the year timelines are paged (the years paged by month, and their months split in three), as
 * `eventPath` (src/lib/paths.ts) takes it. src/lib/content.ts computes it once for every page.
 */
export function timelinePaging(timeline: TimelineEvent[], threshold = MONTH_PAGE_THRESHOLD): { pagedYears: Set<string>; splitMonths: Set<string> } {
  const years = pagedYears(timeline, threshold);
  return { pagedYears: years, splitMonths: splitMonths(timeline, years, threshold) };
}

/** "2020-04" for an event dated to the month or closer; undefined for one known only by its year. */
const monthOf = (e: TimelineEvent) => (e.when.length >= 7 ? e.when.slice(0, 7) : undefined);

/** The months ("2020-04") of paged years that hold more events than one page: split in three parts. */
export function splitMonths(timeline: TimelineEvent[], years: ReadonlySet<string>, threshold = MONTH_PAGE_THRESHOLD): Set<string> {
  return overThreshold(
    countBy(timeline, (e) => (years.has(e.when.slice(0, 4)) ? monthOf(e) : undefined)),
    threshold,
  );
}

export interface MonthPage {
  /** URL segment: "04"; "04-01", "04-11" or "04-21" for a part of a split month; "undated" for events known only by their year. */
  segment: string;
  /** The group key as groupByMonth gives it: "2020-04", or "2020". */
  month: string;
  /** For a part of a split month: its first and last day ("21" to "30"). */
  days?: { from: number; to: number } | undefined;
  events: TimelineEvent[];
}

const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/**
 * A paged view's pages, in date order: one per month that has events, except that a month with more
 * than `threshold` events is split into up to three pages (days 1-10, 11-20, 21 to the end, each only
 * if it has events). The same rule, applied to the year view, is what `eventPath` follows.
 */
export function monthPages(events: TimelineEvent[], threshold = MONTH_PAGE_THRESHOLD): MonthPage[] {
  const split = overThreshold(countBy(events, monthOf), threshold);
  const pages = new Map<string, MonthPage>();
  for (const e of events) {
    const month = monthOf(e) ?? e.when.slice(0, 4);
    const isSplit = split.has(month);
    const segment = pageSegment(e.when, isSplit);
    const page = pages.get(segment);
    if (page) page.events.push(e);
    else {
      const from = Number(monthPartOf(e.when));
      pages.set(segment, { segment, month, days: isSplit ? { from, to: from === 21 ? lastDay(month) : from + 9 } : undefined, events: [e] });
    }
  }
  return [...pages.values()];
}

/** The latest `limit` of an entity's events (kept in date order), and how many are left out. */
export function latestEvents(events: TimelineEvent[], limit: number): { shown: TimelineEvent[]; omitted: number } {
  return events.length <= limit ? { shown: events, omitted: 0 } : { shown: events.slice(-limit), omitted: events.length - limit };
}

/** A facet's values among a year's events, with how many events have each, most common first. */
export interface YearFacet {
  kind: FacetKind;
  values: { value: string; count: number }[];
}

/**
 * A year of the timeline: its events, its month pages when it is paged, and its filter counts (every
 * view of the year, filtered or by month, shows the year's).
 */
export interface TimelineYear {
  year: string;
  events: TimelineEvent[];
  /** Set when the year is paged by month. */
  months: MonthPage[] | undefined;
  facets: YearFacet[];
}

/** Every year of the timeline, oldest first, each worked out once (src/lib/content.ts keeps the table). */
export function timelineYears(xref: CrossReference, threshold = MONTH_PAGE_THRESHOLD): TimelineYear[] {
  const byYear = Map.groupBy(xref.timeline, (e) => e.when.slice(0, 4));
  return [...byYear.keys()].sort().map((year) => {
    const events = byYear.get(year)!;
    return {
      year,
      events,
      months: isPaged(events.length, threshold) ? monthPages(events, threshold) : undefined,
      facets: facetKinds.map((kind) => ({ kind, values: facetCounts(xref, events, kind) })),
    };
  });
}

export interface FilteredView {
  year: TimelineYear;
  filter: { kind: FacetKind; value: string };
  events: TimelineEvent[];
  /** Set when the view is paged by month. */
  months: MonthPage[] | undefined;
}

/** Every static filtered view of every year: one per facet value that some event of the year has. */
export function filteredViews(xref: CrossReference, years: readonly TimelineYear[], threshold = MONTH_PAGE_THRESHOLD): FilteredView[] {
  return years.flatMap((year) =>
    year.facets.flatMap(({ kind, values }) =>
      values.map(({ value }) => {
        const events = filterEvents(xref, year.events, kind, value);
        return { year, filter: { kind, value }, events, months: isPaged(events.length, threshold) ? monthPages(events, threshold) : undefined };
      }),
    ),
  );
}
