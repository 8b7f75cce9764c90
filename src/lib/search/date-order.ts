/**
 * Sorting results by date, in the page. The build moves the index's date order out of Pagefind's
 * metadata (which every search loads) into `<base>pagefind/sort-date.json`, loaded only when a reader
 * sorts by date (src/integrations/pagefind/reshape-index.ts). Pure.
 */

/** The date order's file in the Pagefind bundle folder. */
export const DATE_ORDER_FILE = 'sort-date.json';

/** The file: every page id of the index (Pagefind's result ids), the dated oldest first, then those with no date. */
export interface DateOrder {
  dated: string[];
  undated: string[];
}

export interface DateRanks {
  /** Each dated page id's place in the order, 0 = oldest. */
  rank: Map<string, number>;
  undated: Set<string>;
}

export function dateRanks(order: DateOrder): DateRanks {
  return { rank: new Map(order.dated.map((id, i) => [id, i])), undated: new Set(order.undated) };
}

/**
 * Whether the order knows every result. It lists every page of the index it was built with, so a result
 * it does not know means the two are from different builds: a cached copy, or a page left open across
 * a deploy.
 */
export const knowsAll = (ranks: DateRanks, results: readonly { id: string }[]): boolean =>
  results.every((r) => ranks.rank.has(r.id) || ranks.undated.has(r.id));

/** Shown when the order and the index stay from different builds after a fresh load. */
export class StaleDateOrder extends Error {
  constructor() {
    super('The search index has changed since this page was opened. Reload the page to sort by date.');
  }
}

/**
 * The results in date order, oldest first for 'asc' and newest first for 'desc'. Results with no date
 * follow, in the order they came; Pagefind's own sort dropped them.
 */
export function orderByDate<T extends { id: string }>(results: readonly T[], ranks: DateRanks, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const dated = results.filter((r) => ranks.rank.has(r.id));
  const undated = results.filter((r) => !ranks.rank.has(r.id));
  return [...dated.sort((a, b) => sign * (ranks.rank.get(a.id)! - ranks.rank.get(b.id)!)), ...undated];
}
