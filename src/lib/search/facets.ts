/**
 * The filter checkboxes of the search page. Their list is rendered on the server from every value in
 * the index (src/lib/search-facet-values.ts), so the page does not move when the script runs; the
 * script only reads which are checked and writes each value's count once Pagefind's filter lists
 * are loaded (when the reader opens the filters: see src/lib/search/pagefind-client.ts). A value with
 * no result for the current search stays in place, marked empty, so nothing jumps as counts change.
 */
import { FACET_KEYS, isFacetKey, type FacetKey } from '../search-facets.ts';

export type FacetCounts = Record<string, Record<string, number>>;

/** The count shown beside a value: "12", or "" while counts are not loaded. */
export function countText(counts: FacetCounts | undefined, key: FacetKey, value: string): string {
  if (!counts) return '';
  return String(counts[key]?.[value] ?? 0);
}

/** The checked values of each facet, from the checkboxes under `root` (`input[data-facet=<facet>]`). */
export function checkedValues(root: ParentNode): Record<FacetKey, string[]> {
  const out = Object.fromEntries(FACET_KEYS.map((k) => [k, [] as string[]])) as unknown as Record<FacetKey, string[]>;
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const key = box.dataset.facet ?? '';
    if (box.checked && isFacetKey(key)) out[key].push(box.value);
  }
  return out;
}

/** Checks exactly the given values (e.g. from the URL). */
export function setChecked(root: ParentNode, selected: Record<FacetKey, string[]>): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const key = box.dataset.facet ?? '';
    box.checked = isFacetKey(key) && selected[key].includes(box.value);
  }
}

/**
 * Writes each value's count into its `.count` and marks values with none (`data-empty`), except
 * checked ones; with `counts` undefined, clears them.
 */
export function showCounts(root: ParentNode, counts: FacetCounts | undefined): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const key = box.dataset.facet ?? '';
    if (!isFacetKey(key)) continue;
    const item = box.closest('li');
    const text = countText(counts, key, box.value);
    const count = item?.querySelector('.count');
    if (count) count.textContent = text;
    item?.toggleAttribute('data-empty', text === '0' && !box.checked);
  }
}

/** "(2 on)" for the filters' summary, "" when none is on. */
export const activeText = (n: number): string => (n > 0 ? `(${n} on)` : '');
