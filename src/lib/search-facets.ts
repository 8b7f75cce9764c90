/**
 * The search facets: the one list of filter names and labels that the search index
 * (src/integrations/pagefind.ts), the pages that carry `data-pagefind-filter`
 * (src/components/SearchFacets.astro), the search page and its element (src/lib/search/) and the
 * tests all import. Adding a facet here adds it everywhere. Pure and small: it is bundled into the
 * search page's script.
 */

export const SEARCH_FACETS = [
  { key: 'kind', label: 'Kind of result' },
  { key: 'type', label: 'Kind of entity or actor' },
  { key: 'country', label: 'Country' },
  { key: 'action', label: 'Kind of event' },
  { key: 'year', label: 'Year' },
] as const;

export type FacetKey = (typeof SEARCH_FACETS)[number]['key'];

export const FACET_KEYS: readonly FacetKey[] = SEARCH_FACETS.map((f) => f.key);

export const isFacetKey = (key: string): key is FacetKey => (FACET_KEYS as readonly string[]).includes(key);

/** The values of the `kind` facet, in the order the filters list them, with the word shown for each. */
export const RESULT_KINDS = ['entity', 'event', 'article'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];
export const KIND_LABEL: Record<ResultKind, string> = { entity: 'Entity', event: 'Event', article: 'Article' };

/** A value shown to readers: "entity" -> "Entity" for kinds, any other value as it is. */
export const facetValueLabel = (key: FacetKey, value: string): string => (key === 'kind' ? (KIND_LABEL[value as ResultKind] ?? value) : value);

/** The one sort key of the index: an ISO date, so it sorts as text. */
export const SORT_KEY = 'date';

/** Each facet's values for one page or record (a facet with no value is left out). */
export type FacetValues = Partial<Record<FacetKey, string[]>>;

/**
 * The value of a `data-pagefind-filter` attribute: "key:value", with the commas Pagefind would
 * read as separators escaped.
 */
export const pagefindFilterAttribute = (key: FacetKey, value: string): string => `${key}:${value.replaceAll(',', '\\,')}`;

/** Each (facet, value) pair once, facets in list order. */
export function facetPairs(values: FacetValues): [FacetKey, string][] {
  return FACET_KEYS.flatMap((key) => [...new Set(values[key] ?? [])].map((v): [FacetKey, string] => [key, v]));
}

/** The same values as Pagefind's `filters` of a custom record: facets with no value left out. */
export function pagefindFilters(values: FacetValues): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of facetPairs(values)) (out[key] ??= []).push(value);
  return out;
}

/** The order a facet's values are listed in: kinds as RESULT_KINDS, years newest first, the rest A-Z. */
export function compareFacetValues(key: FacetKey, a: string, b: string): number {
  if (key === 'kind') return rank(a) - rank(b);
  if (key === 'year') return b.localeCompare(a);
  return a.localeCompare(b, 'en');
}
const rank = (kind: string) => {
  const i = (RESULT_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? RESULT_KINDS.length : i;
};
