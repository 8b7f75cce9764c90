/** Paging a large timeline by month, and where an event's permalink points. */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/timeline-event.ts';
import { eventPath, monthSegment, timelineViewPath } from '../../src/lib/paths.ts';
import { isPaged, latestEvents, MONTH_PAGE_THRESHOLD, monthPages, pagedYears, splitMonths } from '../../src/lib/timeline.ts';

const ev = (id: string, when: string) => ({ id, when, data: {} }) as unknown as TimelineEvent;

describe('timeline paging', () => {
  it('pages a view only above the threshold', () => {
    expect(isPaged(MONTH_PAGE_THRESHOLD)).toBe(false);
    expect(isPaged(MONTH_PAGE_THRESHOLD + 1)).toBe(true);
  });

  it('finds the years with too many events for one page', () => {
    const many = Array.from({ length: 5 }, (_, i) => ev(`a${i}`, `2021-0${1 + (i % 3)}-01`));
    const few = [ev('b', '2020-04-07'), ev('c', '2020-05-01')];
    expect([...pagedYears([...few, ...many], 4)]).toEqual(['2021']);
    expect(pagedYears([...few, ...many]).size).toBe(0);
  });

  it('splits events into month pages in date order, the year-only ones as "undated"', () => {
    const pages = monthPages([ev('y', '2020'), ev('a', '2020-03-11'), ev('b', '2020-03-30'), ev('c', '2020-04'), ev('d', '2020-04-07')]);
    expect(pages.map((p) => [p.segment, p.month, p.events.map((e) => e.id)])).toEqual([
      ['undated', '2020', ['y']],
      ['03', '2020-03', ['a', 'b']],
      ['04', '2020-04', ['c', 'd']],
    ]);
  });

  it('splits a month with too many events for one page into thirds, only the parts that have events', () => {
    const april = [ev('a', '2020-04'), ev('b', '2020-04-02'), ev('c', '2020-04-25'), ev('d', '2020-04-30'), ev('e', '2020-05-01')];
    const pages = monthPages(april, 3);
    expect(pages.map((p) => [p.segment, p.month, p.days, p.events.map((e) => e.id)])).toEqual([
      ['04-01', '2020-04', { from: 1, to: 10 }, ['a', 'b']],
      ['04-21', '2020-04', { from: 21, to: 30 }, ['c', 'd']],
      ['05', '2020-05', undefined, ['e']],
    ]);
    expect(monthPages([ev('f', '2021-02-21'), ev('g', '2021-02-28')], 1)[0]!.days).toEqual({ from: 21, to: 28 });
    // The same rule for the year view: the months eventPath splits.
    expect([...splitMonths(april, new Set(['2020']), 3)]).toEqual(['2020-04']);
    expect([...splitMonths(april, new Set(['2021']), 3)]).toEqual([]);
  });

  it('points an event at the page that holds it', () => {
    expect(monthSegment('2020-04-07')).toBe('04');
    expect(eventPath('x', '2020-04-07')).toBe('/timeline/2020/#event-x');
    expect(eventPath('x', '2020-04-07', { pagedYears: new Set(['2021']) })).toBe('/timeline/2020/#event-x');
    expect(eventPath('x', '2020-04-07', { pagedYears: new Set(['2020']) })).toBe('/timeline/2020/04/#event-x');
    expect(eventPath('x', '2020', { pagedYears: new Set(['2020']) })).toBe('/timeline/2020/undated/#event-x');
    // In a month split in three: the part that holds its day; known only by its month: the first part.
    const split = { pagedYears: new Set(['2020']), splitMonths: new Set(['2020-04']) };
    expect(eventPath('x', '2020-04-07', split)).toBe('/timeline/2020/04-01/#event-x');
    expect(eventPath('x', '2020-04-10T23:00:00+07:00', split)).toBe('/timeline/2020/04-01/#event-x');
    expect(eventPath('x', '2020-04-11', split)).toBe('/timeline/2020/04-11/#event-x');
    expect(eventPath('x', '2020-04-30', split)).toBe('/timeline/2020/04-21/#event-x');
    expect(eventPath('x', '2020-04', split)).toBe('/timeline/2020/04-01/#event-x');
    expect(eventPath('x', '2020-05-30', split)).toBe('/timeline/2020/05/#event-x');
    expect(timelineViewPath('2020', { kind: 'country', value: 'TW' }, '04')).toBe('/timeline/2020/country/tw/04/');
    expect(timelineViewPath('2020', { kind: 'country', value: 'TW' })).toBe('/timeline/2020/country/tw/');
  });

  it('keeps the latest events of a long list', () => {
    const list = ['a', 'b', 'c', 'd'].map((id, i) => ev(id, `2020-01-0${i + 1}`));
    expect(latestEvents(list, 10)).toEqual({ shown: list, omitted: 0 });
    const { shown, omitted } = latestEvents(list, 2);
    expect(shown.map((e) => e.id)).toEqual(['c', 'd']);
    expect(omitted).toBe(2);
  });
});
