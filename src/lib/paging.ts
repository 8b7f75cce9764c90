/**
 * Lists that grow with the archive (every article, every measure) are split into numbered pages of a
 * fixed size, so no page grows without bound: page 1 at the list's own URL, page n at `<list>page/n/`.
 * Pure, unit-tested in tests/unit/paging.test.ts.
 */

/** Articles per page of /articles/. */
export const ARTICLES_PER_PAGE = 50;
/** Rows per page of the measures table on /bans/ (a row is ~2 kB of HTML; page 1 also carries the chart and map). */
export const MEASURES_PER_PAGE = 40;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  pages: number;
  items: T[];
  /** 1-based positions of the first and last item on this page, within the whole list. */
  first: number;
  last: number;
  total: number;
}

/** Every page of `items`, `size` a page; an empty list is one empty page. */
export function listPages<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number >= 1, not ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return { number: i + 1, pages, items: slice, first: slice.length ? i * size + 1 : 0, last: i * size + slice.length, total: items.length };
  });
}

/** The URL of page `n` of a list at `base` ("/articles/"): the list itself for page 1. */
export const listPagePath = (base: string, n: number) => (n <= 1 ? base : `${base}page/${n}/`);

/** The page numbers a pager shows: the first, the last, and two either side of the current one; "gap" between runs. */
export function pagerItems(current: number, pages: number): (number | 'gap')[] {
  const wanted = [...new Set([1, pages, ...[-2, -1, 0, 1, 2].map((d) => current + d)])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return wanted.flatMap((n, i) => (i > 0 && n - wanted[i - 1]! > 1 ? ['gap' as const, n] : [n]));
}
