/**
 * The search page's state in its URL, so a search can be shared and reloaded:
 * `?q=<query>&kind=<v>&type=<v>&country=<v>&action=<v>&year=<v>&sort=asc|desc` (a facet may repeat;
 * `q` is also what the page's <form method="get"> submits without JavaScript). Pure.
 */
import { FACET_KEYS, type FacetKey } from '../search-facets.ts';

export type SortOrder = '' | 'asc' | 'desc';
export const SORT_ORDERS: readonly SortOrder[] = ['', 'asc', 'desc'];

export interface SearchState {
  query: string;
  filters: Record<FacetKey, string[]>;
  sort: SortOrder;
}

export const noFilters = (): Record<FacetKey, string[]> => Object.fromEntries(FACET_KEYS.map((k) => [k, []])) as unknown as Record<FacetKey, string[]>;

/** Reads `?q=...` (a query string, with or without "?", or URLSearchParams); unknown names are ignored. */
export function parseState(search: string | URLSearchParams): SearchState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = noFilters();
  for (const k of FACET_KEYS) filters[k] = [...new Set(p.getAll(k).filter((v) => v !== ''))];
  const sort = p.get('sort') ?? '';
  return { query: p.get('q') ?? '', filters, sort: (SORT_ORDERS as readonly string[]).includes(sort) ? (sort as SortOrder) : '' };
}

/** "?q=zoom&kind=entity", or "" for an empty search; the query as typed (spaces kept). */
export function formatState(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.query.trim()) p.set('q', state.query);
  for (const k of FACET_KEYS) for (const v of state.filters[k]) p.append(k, v);
  if (state.sort) p.set('sort', state.sort);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

/** How many filter values are on. */
export const activeFilterCount = (state: SearchState): number => FACET_KEYS.reduce((n, k) => n + state.filters[k].length, 0);

/** True when there is nothing to search for: no words and no filter. */
export const isEmpty = (state: SearchState): boolean => !state.query.trim() && activeFilterCount(state) === 0;

/**
 * Pagefind's search options for the state: `{ filters: { kind: { any: [...] } } }`. No sort: the index
 * holds no sort order (the page sorts by date itself: date-order.ts).
 */
export function pagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }> } {
  return { filters: Object.fromEntries(FACET_KEYS.filter((k) => state.filters[k].length > 0).map((k) => [k, { any: state.filters[k] }])) };
}

/**
 * Whether an exact entity name may be pinned above Pagefind's results: only in relevance order and
 * where entities are among the kinds asked for, with no other facet narrowing them.
 */
export function mayPinNames(state: SearchState): boolean {
  if (!state.query.trim() || state.sort) return false;
  const others = FACET_KEYS.filter((k) => k !== 'kind' && state.filters[k].length > 0);
  return others.length === 0 && (state.filters.kind.length === 0 || state.filters.kind.includes('entity'));
}
