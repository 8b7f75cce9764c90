import { describe, expect, it } from 'vitest';
import { buildCrossReference, IntegrityError } from '../../src/lib/cross-reference.ts';
import { measureRows, summarise } from '../../src/lib/measures.ts';
import { groupByMonth, facetCounts, filterEvents, filteredViews, timelineYears } from '../../src/lib/timeline.ts';
import { entityEntry as entity, eventEntry as event } from '../helpers/entries.ts';

const article = (id: string, extra: object) => ({
  id,
  filePath: `content/articles/${id}/index.mdx`,
  data: { outlet: 'outlet', entities: [], events: [], ...extra } as never,
});

const input = () => ({
  entities: [
    entity('zoom'),
    entity('a', 'ministry', { country: 'TW', parent: 'gov' }),
    entity('gov', 'state', { country: 'TW' }),
    entity('b', 'school-system', { country: 'US' }),
    entity('outlet', 'news-outlet'),
  ],
  events: [
    event('b-ban', { actor: ['b'], date: '2020-04-03', reported: '2020-04-04' }),
    event('a-advice', { date: '2020-04-07', action: 'advisory' }),
    event('b-back', { actor: ['b'], date: '2020-05-06', action: 'reversal', reverses: 'b-ban' }),
    event('nasa', { reported: '2020-04-01' }),
  ],
  articles: [article('art', { entities: ['a', 'zoom'], events: ['a-advice'] })],
});

describe('buildCrossReference', () => {
  const x = buildCrossReference(input());
  it('orders the timeline by date, using the report date when the measure date is unknown', () => {
    expect(x.timeline.map((e) => e.id)).toEqual(['nasa', 'b-ban', 'a-advice', 'b-back']);
  });
  it('indexes events by actor and by subject', () => {
    expect(x.eventsAsActor.get('b')?.map((e) => e.id)).toEqual(['b-ban', 'b-back']);
    expect(x.eventsAsSubject.get('zoom')?.length).toBe(4);
  });
  it('links reversals both ways', () => {
    expect(x.reverses.get('b-back')).toBe('b-ban');
    expect(x.reversedBy.get('b-ban')?.map((e) => e.id)).toEqual(['b-back']);
  });
  it('indexes articles by entity (including the outlet) and by event', () => {
    expect(x.articlesOf.get('a')?.map((a) => a.id)).toEqual(['art']);
    expect(x.articlesOf.get('outlet')?.map((a) => a.id)).toEqual(['art']);
    expect(x.articlesOfEvent.get('a-advice')?.map((a) => a.id)).toEqual(['art']);
  });
  it('knows parents, children and related entities', () => {
    expect(x.children.get('gov')?.map((e) => e.id)).toEqual(['a']);
    // zoom meets a in two events and one article (2+2+1), gov is a's parent (3)
    expect(x.related.get('a')?.map((r) => [r.entity.id, r.weight])).toEqual([
      ['zoom', 5],
      ['gov', 3],
      ['outlet', 1],
    ]);
  });
  it("lists a parent's events through its units, without repeating its own", () => {
    expect(x.eventsWithin.get('gov')?.map((e) => e.id)).toEqual(['nasa', 'a-advice']);
    expect(x.eventsWithin.has('a')).toBe(false);
  });
  it('counts measures, countries and days', () => {
    const s = summarise(measureRows(x));
    expect(s).toMatchObject({ measures: 3, countries: 2, reversed: 1, first: '2020-04-01', last: '2020-04-07', days: 7 });
  });
  it('groups by month and filters by facet', () => {
    expect(groupByMonth(x.timeline).map((g) => [g.month, g.events.length])).toEqual([
      ['2020-04', 3],
      ['2020-05', 1],
    ]);
    expect(facetCounts(x, x.timeline, 'country')).toEqual(
      [
        { value: 'US', count: 2 },
        { value: 'TW', count: 2 },
      ].sort((p, q) => q.count - p.count || p.value.localeCompare(q.value)),
    );
    expect(filterEvents(x, x.timeline, 'action', 'reversal').map((e) => e.id)).toEqual(['b-back']);
  });
  it("works out each year once: its events, paging and counts, and a filtered view per value among the year's events", () => {
    const two = buildCrossReference({ ...input(), events: [...input().events, event('c-2021', { actor: ['a'], date: '2021-02-01', action: 'advisory' })] });
    const years = timelineYears(two, 2);
    expect(years.map((y) => [y.year, y.events.map((e) => e.id)])).toEqual([
      ['2020', ['nasa', 'b-ban', 'a-advice', 'b-back']],
      ['2021', ['c-2021']],
    ]);
    // Over the threshold of 2 events, 2020 is paged by month (April's 3 events split by days); 2021 is not.
    expect(years.map((y) => y.months?.map((m) => m.segment))).toEqual([['04-01', '05'], undefined]);
    expect(years[1]!.facets.find((f) => f.kind === 'country')!.values).toEqual([{ value: 'TW', count: 1 }]);
    const views = filteredViews(two, years, 2);
    // One view per value of each facet among that year's events, counting what the year's filters show.
    for (const v of views) {
      const shown = v.year.facets.find((f) => f.kind === v.filter.kind)!.values.find((c) => c.value === v.filter.value);
      expect(shown?.count, `${v.year.year} ${v.filter.kind}=${v.filter.value}`).toBe(v.events.length);
    }
    expect(views.filter((v) => v.year.year === '2021').map((v) => `${v.filter.kind}=${v.filter.value}`)).toEqual([
      'action=advisory',
      'actor-type=ministry',
      'country=TW',
    ]);
    expect(views.find((v) => v.year.year === '2020' && v.filter.value === 'US')!.months?.map((m) => m.segment)).toBeUndefined();
  });
  it('fails naming the file, the field and the bad id', () => {
    const bad = input();
    bad.events.push(event('oops', { actor: ['ghost'], date: '2020-04-09', reverses: 'nothing' }));
    bad.articles.push(article('art2', { events: ['missing-event'] }));
    let error: unknown;
    try {
      buildCrossReference(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IntegrityError);
    const message = (error as Error).message;
    expect(message).toContain('content/events/oops.yaml  actor: no entity "ghost"');
    expect(message).toContain('content/events/oops.yaml  reverses: no event "nothing"');
    expect(message).toContain('content/articles/art2/index.mdx  events[0]: no event "missing-event"');
  });
});
