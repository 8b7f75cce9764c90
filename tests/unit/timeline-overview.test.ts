/** The timeline overview's geometry (src/lib/timeline-overview.ts), on fixture events. */
import { describe, expect, it } from 'vitest';
import {
  AGGREGATE_ABOVE,
  MAX_BINS,
  BREAK_AFTER_DAYS,
  BREAK_WIDTH,
  dayNumber,
  daysOf,
  extentOf,
  laneOf,
  layoutDensity,
  layoutOverview,
  stackRows,
  ticks,
  timeScale,
  type OverviewInput,
} from '../../src/lib/timeline-overview.ts';
import { nextIndex } from '../../src/lib/overview-keys.ts';
import { frontPageEvents, FRONT_LATEST } from '../../src/lib/timeline-front.ts';

const ev = (id: string, when: string, more: Partial<OverviewInput> = {}): OverviewInput => ({
  id,
  title: id,
  when,
  actorTypes: ['ministry'],
  kind: 'measure',
  href: `#event-${id}`,
  ...more,
});

describe('dates at their precision', () => {
  it('a day is one day, a month its days, a period its third, an approximate day a week', () => {
    const d = dayNumber('2020-04-07');
    expect(daysOf('2020-04-07')).toEqual([d, d]);
    expect(daysOf('2020-04-07T14:33+08:00')).toEqual([d, d]);
    expect(daysOf('2020-04')).toEqual([dayNumber('2020-04-01'), dayNumber('2020-04-30')]);
    expect(daysOf('2020-02')).toEqual([dayNumber('2020-02-01'), dayNumber('2020-02-29')]);
    expect(daysOf('2020-04', { period: 'mid' })).toEqual([dayNumber('2020-04-11'), dayNumber('2020-04-20')]);
    expect(daysOf('2020-04', { period: 'late' })).toEqual([dayNumber('2020-04-21'), dayNumber('2020-04-30')]);
    expect(daysOf('2020-04-07', { approximate: true })).toEqual([d - 3, d + 3]);
    expect(daysOf('2020')).toEqual([dayNumber('2020-01-01'), dayNumber('2020-12-31')]);
  });

  it('draws a day as a dot, a vaguer date as a span, a disputed date as the range of what the sources say', () => {
    expect(extentOf(ev('a', '2020-04-07')).shape).toBe('dot');
    expect(extentOf(ev('b', '2020-04')).shape).toBe('span');
    const disputed = extentOf(ev('c', '2020-04-09', { disputedDates: ['2020-04-09', '2020-04-10'] }));
    expect(disputed).toEqual({ from: dayNumber('2020-04-09'), to: dayNumber('2020-04-10'), shape: 'range' });
  });
});

describe('the time scale', () => {
  it('is linear within a stretch of events and cuts out long empty stretches', () => {
    const extents = [daysOf('2020-04-01'), daysOf('2020-04-11'), daysOf('2020-11-09')].map(([from, to]) => ({ from, to }));
    const scale = timeScale(extents, 100, 800);
    expect(scale.segments).toHaveLength(2);
    expect(scale.breaks).toHaveLength(1);
    expect(scale.breaks[0]!.width).toBe(BREAK_WIDTH);
    // Linear inside a stretch: equal days, equal distances.
    const a = scale.x(dayNumber('2020-04-02')) - scale.x(dayNumber('2020-04-01'));
    const b = scale.x(dayNumber('2020-04-10')) - scale.x(dayNumber('2020-04-09'));
    expect(a).toBeCloseTo(b, 6);
    // Monotonic across the break, and within the drawing.
    expect(scale.x(dayNumber('2020-11-09'))).toBeGreaterThan(scale.x(dayNumber('2020-04-11')));
    expect(scale.x(dayNumber('2020-04-01'))).toBeGreaterThanOrEqual(100);
    expect(scale.x(dayNumber('2020-11-10'))).toBeLessThanOrEqual(900 + 1e-9);
  });

  it('keeps gaps up to BREAK_AFTER_DAYS on the axis', () => {
    const near = [daysOf('2020-04-01'), daysOf(new Date(Date.UTC(2020, 3, 1 + BREAK_AFTER_DAYS)).toISOString().slice(0, 10))].map(([from, to]) => ({
      from,
      to,
    }));
    expect(timeScale(near, 0, 500).breaks).toHaveLength(0);
  });

  it('labels the first tick of every stretch with its month', () => {
    const scale = timeScale(
      [daysOf('2020-04-07'), daysOf('2020-11-09')].map(([from, to]) => ({ from, to })),
      0,
      900,
    );
    const labels = ticks(scale).map((t) => t.label);
    expect(labels.some((l) => /Apr/.test(l))).toBe(true);
    expect(labels.some((l) => /Nov/.test(l))).toBe(true);
  });
});

describe('lanes and marks', () => {
  it('puts each kind of actor in its lane', () => {
    expect(laneOf(['ministry'])).toBe('government');
    expect(laneOf(['military'])).toBe('defence');
    expect(laneOf(['school-system'])).toBe('schools');
    expect(laneOf(['company'])).toBe('companies');
    expect(laneOf(['news-outlet'])).toBe('research');
    expect(laneOf(['person', 'company'])).toBe('research');
    expect(laneOf([])).toBe('government');
  });

  it('stacks marks that overlap into rows, and reuses a row once it is free', () => {
    expect(
      stackRows(
        [
          { x1: 0, x2: 10 },
          { x1: 5, x2: 15 },
          { x1: 40, x2: 50 },
        ],
        2,
      ),
    ).toEqual([0, 1, 0]);
  });

  it('gives every event one mark linking to its entry, in time order, lanes only where there are events', () => {
    const events = [
      ev('late', '2020-05-06', { kind: 'reversal', reverses: 'early', actorTypes: ['school-system'] }),
      ev('early', '2020-04-03', { actorTypes: ['school-system'] }),
      ev('firm', '2020-04-04', { actorTypes: ['company'] }),
    ];
    const o = layoutOverview(events);
    expect(o.marks.map((m) => m.id)).toEqual(['early', 'firm', 'late']);
    expect(o.marks.map((m) => m.href)).toEqual(['#event-early', '#event-firm', '#event-late']);
    expect(o.lanes.map((l) => l.id)).toEqual(['schools', 'companies']);
    for (const m of o.marks) {
      const lane = o.lanes.find((l) => l.id === m.lane)!;
      expect(m.cy).toBeGreaterThan(lane.y);
      expect(m.cy).toBeLessThan(lane.y + lane.height);
    }
    // The reversal is joined to the measure it reverses.
    expect(o.links).toEqual([expect.objectContaining({ from: 'early', to: 'late' })]);
    expect(o.links[0]!.d).toMatch(/^M[\d.]+ [\d.]+C/);
  });

  it('draws a month as a bar over the month, not a dot', () => {
    const o = layoutOverview([ev('m', '2020-04'), ev('d', '2020-04-15')]);
    const month = o.marks.find((m) => m.id === 'm')!;
    const day = o.marks.find((m) => m.id === 'd')!;
    expect(month.shape).toBe('span');
    expect(month.x1).toBeLessThan(day.cx);
    expect(month.x2).toBeGreaterThan(day.cx);
  });
});

describe('aggregation', () => {
  it('draws 10,000 events as a density per lane, every event counted, each bar linking to its events', () => {
    const events: OverviewInput[] = [];
    for (let i = 0; i < 10_000; i++) {
      const day = new Date(Date.UTC(2020, 0, 1 + (i % 366))).toISOString().slice(0, 10);
      events.push(ev(`e${i}`, day, { actorTypes: [i % 3 ? 'company' : 'ministry'], href: `/timeline/2020/${day.slice(5, 7)}/#event-e${i}` }));
    }
    expect(events.length).toBeGreaterThan(AGGREGATE_ABOVE);
    const d = layoutDensity(events);
    expect(d.bins.reduce((n, b) => n + b.count, 0)).toBe(10_000);
    expect(new Set(d.bins.map((b) => b.lane))).toEqual(new Set(['government', 'companies']));
    // A year on 820 units: too narrow for days, so weeks (two lanes of 53 weeks fit within MAX_BINS).
    expect(d.bins.length).toBeLessThanOrEqual(MAX_BINS);
    expect(d.bins.every((b) => b.to - b.from === 6)).toBe(true);
    // Five lanes of weeks would be over MAX_BINS bars: the bins widen.
    const lanes = ['ministry', 'military', 'school-system', 'company', 'person'];
    const wide = layoutDensity(events.map((e, i) => ({ ...e, actorTypes: [lanes[i % 5]!] })));
    expect(wide.bins.length).toBeLessThanOrEqual(MAX_BINS);
    expect(wide.bins.reduce((n, b) => n + b.count, 0)).toBe(10_000);
    expect(new Set(wide.bins.map((b) => b.to - b.from)).size).toBe(1);
    expect(wide.bins[0]!.to - wide.bins[0]!.from).toBeGreaterThan(6);
    expect(d.bins.every((b) => /^\/timeline\/2020\/\d{2}\//.test(b.href))).toBe(true);
  });
});

describe('keys and the front page', () => {
  it('arrow keys move one mark, Home and End to the ends, other keys not at all', () => {
    expect(nextIndex('ArrowRight', 0, 3)).toBe(1);
    expect(nextIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextIndex('ArrowLeft', 0, 3)).toBe(0);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('a', 0, 3)).toBeUndefined();
  });

  it('lists everything while it fits, then the latest year, then the latest events', () => {
    const make = (n: number, year = '2020') => Array.from({ length: n }, (_, i) => ({ when: `${year}-04-${String((i % 28) + 1).padStart(2, '0')}` }));
    expect(frontPageEvents(make(10), 300).scope).toBe('all');
    const twoYears = [...make(200, '2020'), ...make(150, '2021')];
    expect(frontPageEvents(twoYears, 300)).toMatchObject({ scope: 'year', year: '2021' });
    expect(frontPageEvents(twoYears, 300).events).toHaveLength(150);
    const big = frontPageEvents(make(1000), 300);
    expect(big.scope).toBe('latest');
    expect(big.events).toHaveLength(FRONT_LATEST);
  });
});
