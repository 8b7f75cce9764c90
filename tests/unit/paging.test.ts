/** Long lists split into pages: every item on exactly one page, in order, with working page URLs. */
import { describe, expect, it } from 'vitest';
import { listPagePath, listPages, pagerItems } from '../../src/lib/paging.ts';

describe('list pages', () => {
  it('puts every item on exactly one page, in order, at most `size` a page', () => {
    const items = Array.from({ length: 123 }, (_, i) => i);
    const pages = listPages(items, 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 23]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => [p.number, p.pages, p.first, p.last, p.total])).toEqual([
      [1, 3, 1, 50, 123],
      [2, 3, 51, 100, 123],
      [3, 3, 101, 123, 123],
    ]);
  });

  it('makes one page for a short list, and one empty page for an empty one', () => {
    expect(listPages([1, 2], 50)).toEqual([{ number: 1, pages: 1, items: [1, 2], first: 1, last: 2, total: 2 }]);
    expect(listPages([], 50)).toEqual([{ number: 1, pages: 1, items: [], first: 0, last: 0, total: 0 }]);
    expect(listPages([1, 2, 3, 4], 2)).toHaveLength(2);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => listPages([1], 0)).toThrow(RangeError);
    expect(() => listPages([1], 2.5)).toThrow(RangeError);
  });

  it('keeps page 1 at the list URL and numbers the rest under page/', () => {
    expect(listPagePath('/articles/', 1)).toBe('/articles/');
    expect(listPagePath('/articles/', 2)).toBe('/articles/page/2/');
    expect(listPagePath('/bans/', 7)).toBe('/bans/page/7/');
  });
});

describe('pager', () => {
  it('shows every page of a short list', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('shows the ends and the neighbourhood of the current page of a long list, with gaps', () => {
    expect(pagerItems(1, 100)).toEqual([1, 2, 3, 'gap', 100]);
    expect(pagerItems(50, 100)).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 100]);
    expect(pagerItems(100, 100)).toEqual([1, 'gap', 98, 99, 100]);
    expect(pagerItems(4, 100)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 100]);
  });
});
