/**
 * Archive links for sources. Pure. A recorded snapshot (archiveUrl + archived, written by
 * `npm run archive` or by an editor) is proof a copy exists; a Wayback Machine lookup built from the
 * source's URL is only a question to the archive, and the page must say so.
 */

export const WAYBACK = 'https://web.archive.org';

/** "2020-04-07" -> "20200407" (Wayback timestamps are YYYYMMDDhhmmss, any prefix allowed). */
const stamp = (day: string) => day.replaceAll('-', '');

/**
 * The Wayback Machine's page for a URL: with a date, it redirects to the capture nearest that day (which
 * may be years later, or none at all); without one, it lists every capture it has.
 */
export function waybackLookupUrl(url: string, date?: string): string {
  return date ? `${WAYBACK}/web/${stamp(date)}/${url}` : `${WAYBACK}/web/*/${url}`;
}

/** A snapshot's day from a Wayback URL such as ".../web/20200408093000/https://...": "2020-04-08", or undefined. */
export function snapshotDay(archiveUrl: string): string | undefined {
  const m = /\/web\/(\d{4})(\d{2})(\d{2})\d{0,6}(?:[a-z_]{0,4})\//.exec(archiveUrl);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** What a source offers a reader who finds the link dead: its recorded copy, or a lookup. */
export type ArchiveLink = { kind: 'snapshot'; href: string; day: string } | { kind: 'lookup'; href: string };

export function archiveLink(source: {
  url?: string | undefined;
  date?: string | undefined;
  archiveUrl?: string | undefined;
  archived?: string | undefined;
}): ArchiveLink | undefined {
  if (source.archiveUrl && source.archived) return { kind: 'snapshot', href: source.archiveUrl, day: source.archived };
  return source.url ? { kind: 'lookup', href: waybackLookupUrl(source.url, source.date) } : undefined;
}

/** The words under every list with lookups: what the lookup does and does not prove. */
export const LOOKUP_NOTE =
  'An archive lookup opens the Wayback Machine’s capture nearest the publication date, or its list of captures: a search, not proof that a copy exists.';
