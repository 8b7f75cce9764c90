/**
 * Timeline views: events grouped by year and month, and the facets (action, actor type, country)
 * that the static filtered views are built from. Pure; reads a CrossReference.
 */
import type { CrossReference, TimelineEvent } from './cross-reference.ts';

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
