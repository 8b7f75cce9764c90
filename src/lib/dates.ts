/** Date formatting and comparison for partial ISO dates ("2020", "2020-04", "2020-04-07", with time). */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type Precision = 'year' | 'month' | 'day' | 'time';

export function precisionOf(date: string): Precision {
  if (date.length === 4) return 'year';
  if (date.length === 7) return 'month';
  if (date.length === 10) return 'day';
  return 'time';
}

/** "2020-04-07" -> "7 April 2020" */
export function formatDay(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * A partial date in words, as precise as it is and no more:
 * "2020" -> "2020", "2020-04" + early -> "early April 2020", "2020-03-24" approx -> "about 24 March 2020",
 * "2020-04-07T09:00+08:00" -> "7 April 2020, 09:00 (UTC+08:00)".
 */
export function formatPartialDate(date: string, opts: { period?: 'early' | 'mid' | 'late' | undefined; approximate?: boolean } = {}): string {
  const p = precisionOf(date);
  let text: string;
  if (p === 'year') text = date;
  else if (p === 'month') text = `${opts.period ? `${opts.period} ` : ''}${monthName(date)}`;
  else if (p === 'day') text = formatDay(date);
  else text = `${formatDay(date)}, ${date.slice(11, 16)} (${zoneLabel(date)})`;
  return opts.approximate && p !== 'year' && p !== 'month' ? `about ${text}` : text;
}

/** "+07:00" -> "UTC+07:00", "Z" -> "UTC" */
export function zoneLabel(dateTime: string): string {
  const m = /(Z|[+-]\d{2}:\d{2})$/.exec(dateTime);
  if (!m || m[1] === 'Z') return 'UTC';
  return `UTC${m[1]}`;
}

/** Known zone abbreviations for the offsets our sources use; others show as UTC±hh:mm. */
const ZONE_NAMES: Record<string, string> = { '+07:00': 'WIB', '+08:00': 'CST', '-04:00': 'EDT', '+02:00': 'CEST', '+05:30': 'IST' };

/**
 * An ISO time with offset shown in its own zone and in UTC:
 * "2020-04-07T14:33:00+07:00" -> { local: "7 April 2020, 14:33 WIB (UTC+07:00)", utc: "7 April 2020, 07:33 UTC" }
 */
export function formatInZoneAndUtc(iso: string): { local: string; utc: string; utcIso: string } {
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1] ?? 'Z';
  const name = ZONE_NAMES[offset];
  const local = `${formatDay(iso)}, ${iso.slice(11, 16)} ${name ? `${name} (${zoneLabel(iso)})` : zoneLabel(iso)}`;
  const d = new Date(iso);
  const utcIso = d.toISOString().replace('.000Z', 'Z');
  const utc = `${formatDay(utcIso)}, ${utcIso.slice(11, 16)} UTC`;
  return { local, utc, utcIso };
}

/** A key that sorts partial dates chronologically: "2020-04" sorts before "2020-04-01". */
export function sortKey(date: string): string {
  return date;
}

/** First day a partial date can mean, "2020-04" -> "2020-04-01" (for calendars and comparisons). */
export function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date.slice(0, 10);
}

/** Whole days from a to b (b - a), by calendar day. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(firstDay(b)) - Date.parse(firstDay(a))) / 86_400_000);
}
