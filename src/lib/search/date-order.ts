/**
 * Sorting results by date, in the page. The build moves the index's date order out of Pagefind's
 * metadata (which every search loads) into `<base>pagefind/sort-date.json`, loaded only when a reader
 * sorts by date (src/integrations/pagefind/reshape-index.ts). Pure.
 */

/** The date order's file in the Pagefind bundle folder: a JSON list of page ids (Pagefind's result ids), oldest first. */
export const DATE_ORDER_FILE = 'sort-date.json';

/** Each page id's place in the date order (0 = oldest), from the file's list of ids, oldest first. */
export function dateRanks(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/**
 * The results in date order, oldest first for 'asc' and newest first for 'desc'. Results with no place
 * in the order (a page without a date) follow, in the order they came; Pagefind's own sort dropped them.
 */
export function orderByDate<T extends { id: string }>(results: readonly T[], ranks: ReadonlyMap<string, number>, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const dated = results.filter((r) => ranks.has(r.id));
  const undated = results.filter((r) => !ranks.has(r.id));
  return [...dated.sort((a, b) => sign * (ranks.get(a.id)! - ranks.get(b.id)!)), ...undated];
}
