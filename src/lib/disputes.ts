/**
 * Where sources disagree about an event (its `disputes`). Pure: which dates a date dispute gives,
 * how to say them, and the anchor a page links to. Used by the timeline, /bans/ and the timeline overview.
 */
import { formatDay, formatPartialDate } from './dates.ts';

interface Claim {
  date?: string | undefined;
}
interface Dispute {
  about: string;
  claims: readonly Claim[];
}
interface WithDisputes {
  disputes: readonly Dispute[];
}

/** Index of the event's first dispute about its date, or -1. */
export function dateDisputeIndex(event: WithDisputes): number {
  return event.disputes.findIndex((d) => d.about === 'date');
}

/**
 * The dates the sources give for an event, earliest first, each once: ["2020-04-09", "2020-04-10"].
 * Empty when no source disputes the date (then the event's own `date` stands alone). A range for a
 * chart runs from the first to the last.
 */
export function disputedDates(event: WithDisputes): string[] {
  const dispute = event.disputes[dateDisputeIndex(event)];
  if (!dispute) return [];
  const dates = dispute.claims.map((c) => c.date).filter((d): d is string => d !== undefined);
  return [...new Set(dates)].sort();
}

const orList = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`);

/**
 * The alternatives in words, sharing what they share:
 * ["2020-04-09", "2020-04-10"] -> "9 or 10 April 2020"; ["2020-03-31", "2020-04-02"] -> "31 March or 2 April 2020".
 */
export function formatDateAlternatives(dates: readonly string[]): string {
  if (dates.length === 0) return '';
  const days = dates.every((d) => d.length === 10);
  if (days && new Set(dates.map((d) => d.slice(0, 7))).size === 1) {
    const tail = formatDay(dates[0]!).replace(/^\d+ /, '');
    return `${orList(dates.map((d) => String(Number(d.slice(8, 10)))))} ${tail}`;
  }
  if (days && new Set(dates.map((d) => d.slice(0, 4))).size === 1) {
    return `${orList(dates.map((d) => formatDay(d).slice(0, -5)))} ${dates[0]!.slice(0, 4)}`;
  }
  return orList(dates.map((d) => formatPartialDate(d)));
}

/** A link to a dispute on the page at `eventHref` (an event's permalink, "…/#event-x"). */
export const disputeHref = (eventHref: string, eventId: string, index: number) => `${eventHref.split('#')[0]}#${disputeAnchor(eventId, index)}`;

/** The id of an event's dispute block, unique on a page where the event appears once: "event-sg-moe-suspension-dispute-1". */
export const disputeAnchor = (eventId: string, index: number) => `event-${eventId}-dispute-${index + 1}`;
