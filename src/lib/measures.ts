/**
 * The cross-reference of measures against Zoom: one row per measure with its reversal, and the
 * summary above the table (how many measures, countries, days). Pure; reads a CrossReference.
 */
import type { CrossReference } from './cross-reference.ts';
import { compareEvents, type TimelineEvent } from './timeline-event.ts';
import { daysBetween, firstDay } from './dates.ts';
import type { Entity } from '../schemas/entity.ts';

export interface MeasureRow {
  event: TimelineEvent;
  actors: { id: string; data: Entity }[];
  countries: string[];
  reversal?: TimelineEvent | undefined;
}

export function measureRows(xref: CrossReference, measures: TimelineEvent[] = xref.measures): MeasureRow[] {
  return measures.map((event) => {
    const actors = event.data.actor.map((id) => xref.entities.get(id)!);
    const countries = [...new Set(actors.map((a) => a.data.country).filter((c): c is string => c !== undefined))];
    return { event, actors, countries, reversal: xref.reversedBy.get(event.id)?.[0] };
  });
}

export interface MeasureSummary {
  measures: number;
  countries: number;
  reversed: number;
  first?: string | undefined;
  last?: string | undefined;
  /** Calendar days from the first to the last measure, both counted. */
  days: number;
}

export function summarise(rows: MeasureRow[]): MeasureSummary {
  const dates = rows.map((r) => firstDay(r.event.when)).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  return {
    measures: rows.length,
    countries: new Set(rows.flatMap((r) => r.countries)).size,
    reversed: rows.filter((r) => r.reversal).length,
    first,
    last,
    days: first && last ? daysBetween(first, last) + 1 : 0,
  };
}

/** Measures per day, by kind, for the chart: every day from the first to the last measure. */
export function perDay(rows: MeasureRow[]): { day: string; counts: Record<string, number> }[] {
  const s = summarise(rows);
  if (!s.first || !s.last) return [];
  const out: { day: string; counts: Record<string, number> }[] = [];
  for (let t = Date.parse(s.first); t <= Date.parse(s.last); t += 86_400_000) {
    out.push({ day: new Date(t).toISOString().slice(0, 10), counts: {} });
  }
  const index = new Map(out.map((d, i) => [d.day, i]));
  for (const r of rows) {
    const slot = out[index.get(firstDay(r.event.when))!]!;
    slot.counts[r.event.data.action] = (slot.counts[r.event.data.action] ?? 0) + 1;
  }
  return out;
}

/** The measures /bans/ lists: those against Zoom, in timeline order. */
export const bansMeasures = (xref: CrossReference): TimelineEvent[] => xref.measures.filter((m) => m.data.subject === 'zoom');

/** Measures and the events that reverse them, in date order: what the /bans/ overview draws. */
export const measuresWithReversals = (xref: CrossReference, measures: readonly TimelineEvent[]): TimelineEvent[] =>
  [...new Map([...measures, ...measures.flatMap((m) => xref.reversedBy.get(m.id) ?? [])].map((e) => [e.id, e])).values()].sort(compareEvents);
