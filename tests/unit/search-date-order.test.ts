/** Sorting results by date in the page (src/lib/search/date-order.ts). */
import { describe, expect, it } from 'vitest';
import { dateRanks, knowsAll, orderByDate } from '../../src/lib/search/date-order.ts';

const results = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
const ranks = dateRanks({ dated: ['old', 'mid', 'new'], undated: ['x', 'y'] });

describe('orderByDate', () => {
  it('puts results oldest first or newest first, whatever order relevance gave them', () => {
    expect(ids(orderByDate(results('mid', 'new', 'old'), ranks, 'asc'))).toEqual(['old', 'mid', 'new']);
    expect(ids(orderByDate(results('mid', 'old', 'new'), ranks, 'desc'))).toEqual(['new', 'mid', 'old']);
  });

  it('keeps a result without a date, after the dated ones and in the order it came', () => {
    expect(ids(orderByDate(results('x', 'new', 'y', 'old'), ranks, 'asc'))).toEqual(['old', 'new', 'x', 'y']);
    expect(ids(orderByDate(results('x', 'new', 'y', 'old'), ranks, 'desc'))).toEqual(['new', 'old', 'x', 'y']);
  });

  it('leaves the results it was given as they were', () => {
    const given = results('new', 'old');
    orderByDate(given, ranks, 'asc');
    expect(ids(given)).toEqual(['new', 'old']);
  });
});

describe('knowsAll', () => {
  it('knows dated and undated pages, and not a page of another build', () => {
    expect(knowsAll(ranks, results('x', 'new'))).toBe(true);
    expect(knowsAll(ranks, results('new', 'from-a-newer-build'))).toBe(false);
    expect(knowsAll(ranks, [])).toBe(true);
  });
});
