/**
 * An event as the timeline sorts and shows it: its record plus the date it is placed by. A leaf
 * module (it imports only the event schema's type), so both the cross-reference and the timeline
 * views can use it without importing each other.
 */
import type { Event } from '../schemas/event.ts';

export interface TimelineEvent {
  id: string;
  data: Event;
  /** The date the timeline sorts and groups by: the measure's date, or the report date when that is all we have. */
  when: string;
}

export function eventWhen(e: Event): string {
  return (e.date ?? e.reported)!;
}

/** Date order; ties broken by id, so the order is stable. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.when < b.when ? -1 : a.when > b.when ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
