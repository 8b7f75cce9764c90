/**
 * The timeline as iCalendar (RFC 5545), written by ical-generator, which escapes text (\\ ; , and line
 * breaks), folds lines at 75 octets without splitting a character, and ends lines with CRLF.
 *
 * Every event is an all-day event (`DTSTART;VALUE=DATE`, no DTEND: one day long). Dates less precise
 * than a day go on the first day they can mean (1 April for "April 2020", 1 January for "2020"), and
 * the description states the date as the sources give it and its precision, so a calendar never
 * suggests more precision than there is. Events dated to the minute are placed on their own local day,
 * with the time and zone in the description. Events known only by their report date go on that date.
 * Every line ends with CRLF.
 * Pure: the build time is passed in.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { firstDay, formatPartialDate } from '../dates.ts';
import type { EventRecord } from './events.ts';

export const CALENDAR_NAME = 'Lintas: who restricted Zoom in 2020';

/** The stable UID of an event: its id never changes, so calendars update rather than duplicate it. */
export const eventUid = (id: string) => `${id}@lintas`;

const PRECISION_WORDS: Record<string, string> = {
  year: 'known to the year; shown on 1 January',
  month: 'known to the month; shown on the first of the month',
  day: 'known to the day',
  time: 'known to the minute',
};

/** When it happened, in words, with how precise that is. */
export function icsDateLine(r: EventRecord): string {
  if (r.date) {
    const words = formatPartialDate(r.date, { period: r.period ?? undefined, approximate: r.approximate });
    return `Date: ${words} (${PRECISION_WORDS[r.precision] ?? r.precision})`;
  }
  return `Date: not known; first reported ${formatPartialDate(r.reported!)}`;
}

export function icsDescription(r: EventRecord): string {
  const lines = [
    r.summary,
    '',
    icsDateLine(r),
    ...(r.date && r.reported && r.reported !== r.date ? [`Reported: ${formatPartialDate(r.reported)}`] : []),
    `Action: ${r.actionLabel}`,
    `Who: ${r.actors.map((a) => a.name).join(', ')}`,
    ...(r.scope ? [`Scope: ${r.scope}`] : []),
    ...(r.reason ? [`Reason given: ${r.reason}`] : []),
    `Confidence: ${r.confidence}`,
    '',
    'Sources:',
    ...r.sources.map((s) => `- ${s.outlet}${s.title ? `: ${s.title}` : ''}${s.date ? ` (${s.date})` : ''} ${s.url}`),
    '',
    `On Lintas: ${r.url}`,
  ];
  return lines.join('\n');
}

export function timelineCalendar(records: EventRecord[], opts: { stamp: Date; url: string }): string {
  const calendar = ical({
    name: CALENDAR_NAME,
    description: 'Dated, sourced events from the Lintas timeline. Facts with sources; cite Lintas and the original sources.',
    prodId: { company: 'Lintas', product: 'timeline', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: opts.url,
  });
  for (const r of records) {
    calendar.createEvent({
      id: eventUid(r.id),
      stamp: opts.stamp,
      start: firstDay(r.when),
      allDay: true,
      summary: r.title,
      description: icsDescription(r),
      url: r.url,
      categories: [{ name: r.actionLabel }],
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
