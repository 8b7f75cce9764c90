/**
 * The timeline overview's geometry: where each event's mark goes in an SVG drawn at build time
 * (src/components/TimelineOverview.astro draws it). Pure, unit-tested (tests/unit/timeline-overview.test.ts).
 *
 * - Lanes: one per kind of actor (governments, defence, schools, companies, research and press). The
 *   story is who moved and when (the cascade went from companies and schools to governments, with
 *   Zoom answering in between); per country there would be a dozen lanes holding one event each.
 * - Time: one axis across the whole span, with long empty stretches cut out (an axis break, drawn as
 *   a gap with the skipped time written under it), so a burst of events in two weeks is not squeezed
 *   into a sliver of a year-long axis. Inside a stretch, time is linear.
 * - Dates at their precision: a known day is a dot; a month ("2020-04", or "early April") or an
 *   approximate day (about 3 days either side) is a bar across the days it may be; a date the sources
 *   dispute is a range from the earliest to the latest date they give.
 * - Events on the same days in a lane stack in rows; a reversal is joined to the measure it reverses.
 * - Beyond AGGREGATE_ABOVE events the marks give way to a density: per lane, one bar per day or per
 *   week, its height the number of events, linking to the page that holds them.
 */
import { firstDay } from './dates.ts';

export interface OverviewInput {
  id: string;
  title: string;
  /** The date the timeline files the event under (partial ISO, "2020-04" or "2020-04-07..."). */
  when: string;
  period?: 'early' | 'mid' | 'late' | undefined;
  approximate?: boolean | undefined;
  /** Every date the sources give, when they disagree on it (partial ISO). */
  disputedDates?: readonly string[] | undefined;
  /** The actors' entity types. */
  actorTypes: readonly string[];
  /** What kind of mark: a measure against the subject, a reversal of one, or another event. */
  kind: 'measure' | 'reversal' | 'other';
  /** The event this one reverses, if any. */
  reverses?: string | undefined;
  /** Where the mark links. */
  href: string;
}

export const LANES = [
  { id: 'government', label: 'Governments', types: ['state', 'government-body', 'ministry', 'legislature', 'regulator'] },
  { id: 'defence', label: 'Defence', types: ['military'] },
  { id: 'schools', label: 'Schools', types: ['school-system'] },
  { id: 'companies', label: 'Companies', types: ['company'] },
  { id: 'research', label: 'Research, press', types: ['research-group', 'news-outlet', 'person'] },
] as const;
export type LaneId = (typeof LANES)[number]['id'];

/** The lane of an event: that of its first actor whose type has one; governments otherwise. */
export function laneOf(actorTypes: readonly string[]): LaneId {
  for (const type of actorTypes) {
    const lane = LANES.find((l) => (l.types as readonly string[]).includes(type));
    if (lane) return lane.id;
  }
  return 'government';
}

const DAY = 86_400_000;
/** Days since 1970-01-01 of a "YYYY-MM-DD". */
export const dayNumber = (day: string) => Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / DAY);
export const dayString = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

const daysInMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/** Days either side of an approximate day. */
export const APPROXIMATE_DAYS = 3;

/** The days a partial date may mean, first and last (inclusive), as day numbers. */
export function daysOf(date: string, opts: { period?: 'early' | 'mid' | 'late' | undefined; approximate?: boolean | undefined } = {}): [number, number] {
  if (date.length === 4) return [dayNumber(`${date}-01-01`), dayNumber(`${date}-12-31`)];
  if (date.length === 7) {
    const last = daysInMonth(date);
    const [from, to] = opts.period === 'early' ? [1, 10] : opts.period === 'mid' ? [11, 20] : opts.period === 'late' ? [21, last] : [1, last];
    return [dayNumber(`${date}-${String(from).padStart(2, '0')}`), dayNumber(`${date}-${String(to).padStart(2, '0')}`)];
  }
  const day = dayNumber(firstDay(date));
  return opts.approximate ? [day - APPROXIMATE_DAYS, day + APPROXIMATE_DAYS] : [day, day];
}

export type MarkShape = 'dot' | 'span' | 'range';

/** An event's days on the axis, and how it is drawn. */
export function extentOf(e: OverviewInput): { from: number; to: number; shape: MarkShape } {
  if (e.disputedDates && e.disputedDates.length > 1) {
    const all = e.disputedDates.map((d) => daysOf(d));
    return { from: Math.min(...all.map((r) => r[0])), to: Math.max(...all.map((r) => r[1])), shape: 'range' };
  }
  const [from, to] = daysOf(e.when, e);
  return { from, to, shape: from === to ? 'dot' : 'span' };
}

/** A stretch of time drawn at a linear scale, between axis breaks. */
export interface Segment {
  /** First and last day drawn (inclusive). */
  from: number;
  to: number;
  x: number;
  width: number;
}

export interface TimeScale {
  segments: Segment[];
  /** x of the start of a day (`to + 1` gives the end of the last day). */
  x: (day: number) => number;
  /** The breaks between segments: where they are drawn and what time they skip. */
  breaks: { x: number; width: number; from: number; to: number }[];
}

/** Gaps without events longer than this many days are cut out of the axis. */
export const BREAK_AFTER_DAYS = 21;
export const BREAK_WIDTH = 28;
export const MIN_SEGMENT_WIDTH = 36;
/** Days of margin drawn around the events of a stretch. */
const PAD_DAYS = 2;

/**
 * The time scale for extents drawn between x = left and x = left + width: stretches of events with
 * their padding, each as wide as its share of the days (at least MIN_SEGMENT_WIDTH), separated by
 * breaks of BREAK_WIDTH.
 */
export function timeScale(extents: readonly { from: number; to: number }[], left: number, width: number): TimeScale {
  if (extents.length === 0) return { segments: [], breaks: [], x: () => left };
  const sorted = [...extents].sort((a, b) => a.from - b.from);
  const stretches: { from: number; to: number }[] = [];
  for (const e of sorted) {
    const last = stretches[stretches.length - 1];
    if (last && e.from - last.to <= BREAK_AFTER_DAYS) last.to = Math.max(last.to, e.to);
    else stretches.push({ from: e.from, to: e.to });
  }
  const padded = stretches.map((s) => ({ from: s.from - PAD_DAYS, to: s.to + PAD_DAYS }));
  const available = width - BREAK_WIDTH * (padded.length - 1);
  const totalDays = padded.reduce((n, s) => n + (s.to - s.from + 1), 0);
  // Share the width by days, then give every stretch its minimum, taking it from the others in proportion.
  let widths = padded.map((s) => (available * (s.to - s.from + 1)) / totalDays);
  const short = widths.map((w) => w < MIN_SEGMENT_WIDTH);
  const fixed = short.filter(Boolean).length * MIN_SEGMENT_WIDTH;
  const flexibleDays = padded.reduce((n, s, i) => n + (short[i] ? 0 : s.to - s.from + 1), 0);
  if (fixed > 0 && flexibleDays > 0) widths = padded.map((s, i) => (short[i] ? MIN_SEGMENT_WIDTH : ((available - fixed) * (s.to - s.from + 1)) / flexibleDays));
  const segments: Segment[] = [];
  const breaks: TimeScale['breaks'] = [];
  let x = left;
  padded.forEach((s, i) => {
    if (i > 0) {
      breaks.push({ x, width: BREAK_WIDTH, from: padded[i - 1]!.to + 1, to: s.from - 1 });
      x += BREAK_WIDTH;
    }
    segments.push({ from: s.from, to: s.to, x, width: widths[i]! });
    x += widths[i]!;
  });
  const scale = (day: number) => {
    const seg = segments.find((s) => day <= s.to + 1) ?? segments[segments.length - 1]!;
    const clamped = Math.min(Math.max(day, seg.from), seg.to + 1);
    return seg.x + ((clamped - seg.from) / (seg.to - seg.from + 1)) * seg.width;
  };
  return { segments, breaks, x: scale };
}

/** Axis labels: the first of each month, and weekly ones where a day is wide enough; the first label of a stretch names its month. */
export function ticks(scale: TimeScale): { x: number; label: string; major: boolean }[] {
  const out: { x: number; label: string; major: boolean }[] = [];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  for (const seg of scale.segments) {
    const perDay = seg.width / (seg.to - seg.from + 1);
    let lastX = -Infinity;
    let named = false;
    for (let d = seg.from; d <= seg.to; d++) {
      const day = dayString(d);
      const dom = Number(day.slice(8, 10));
      const month = MONTHS[Number(day.slice(5, 7)) - 1]!;
      const major = dom === 1;
      const weekly = perDay >= 5 && (dom === 8 || dom === 15 || dom === 22);
      const opening = !named && d >= seg.from + 1;
      if (!major && !weekly && !opening) continue;
      const x = scale.x(d);
      if (x - lastX < 34) continue;
      lastX = x;
      const year = major && month === 'Jan' ? ` ${day.slice(0, 4)}` : '';
      out.push({ x: round(x), label: major ? `${month}${year}` : named ? String(dom) : `${dom} ${month}`, major });
      named = true;
    }
  }
  return out;
}

export interface Mark {
  id: string;
  title: string;
  href: string;
  lane: LaneId;
  shape: MarkShape;
  kind: OverviewInput['kind'];
  /** Row within the lane (0 = top). */
  row: number;
  x1: number;
  x2: number;
  /** Centre, for dots and for the lines joining reversals. */
  cx: number;
  cy: number;
}

export interface Overview {
  width: number;
  height: number;
  lanes: { id: LaneId; label: string; y: number; height: number }[];
  marks: Mark[];
  /** Lines from a measure to its reversal. */
  links: { from: string; to: string; d: string }[];
  scale: TimeScale;
  axisY: number;
}

export const LAYOUT = { width: 960, labelWidth: 132, rowHeight: 18, lanePadding: 8, axisHeight: 30, dot: 5 } as const;

const round = (n: number) => Math.round(n * 10) / 10;

/** Assigns each extent the first row in which it overlaps nothing (greedy interval colouring). */
export function stackRows(extents: readonly { x1: number; x2: number }[], gap = LAYOUT.dot * 2 + 2): number[] {
  const rowEnds: number[] = [];
  const order = extents.map((e, i) => ({ ...e, i })).sort((a, b) => a.x1 - b.x1);
  const rows = new Array<number>(extents.length);
  for (const e of order) {
    let row = rowEnds.findIndex((end) => e.x1 >= end + gap);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = Math.max(e.x2, e.x1);
    rows[e.i] = row;
  }
  return rows;
}

/** The overview of a list of events: lanes (only those with events), marks, reversal links, scale. */
export function layoutOverview(events: readonly OverviewInput[], layout = LAYOUT): Overview {
  const extents = events.map(extentOf);
  const left = layout.labelWidth;
  const scale = timeScale(extents, left, layout.width - left - 8);
  const placed = events.map((e, i) => {
    const ext = extents[i]!;
    const x1 = scale.x(ext.from);
    const x2 = scale.x(ext.to + 1);
    const cx = (x1 + x2) / 2;
    // A dot is centred on its day; its footprint is the dot, not the day.
    const foot = ext.shape === 'dot' ? { x1: cx - layout.dot, x2: cx + layout.dot } : { x1, x2 };
    return { e, ext, x1, x2, cx, foot, lane: laneOf(e.actorTypes) };
  });
  const lanes: Overview['lanes'] = [];
  const marks: Mark[] = [];
  let y = 0;
  for (const lane of LANES) {
    const inLane = placed.filter((p) => p.lane === lane.id);
    if (inLane.length === 0) continue;
    const rows = stackRows(inLane.map((p) => p.foot));
    const rowCount = Math.max(...rows) + 1;
    const height = rowCount * layout.rowHeight + 2 * layout.lanePadding;
    inLane.forEach((p, i) => {
      const cy = y + layout.lanePadding + rows[i]! * layout.rowHeight + layout.rowHeight / 2;
      marks.push({
        id: p.e.id,
        title: p.e.title,
        href: p.e.href,
        lane: lane.id,
        shape: p.ext.shape,
        kind: p.e.kind,
        row: rows[i]!,
        x1: round(p.x1),
        x2: round(p.x2),
        cx: round(p.cx),
        cy: round(cy),
      });
    });
    lanes.push({ id: lane.id, label: lane.label, y, height });
    y += height;
  }
  const byId = new Map(marks.map((m) => [m.id, m]));
  const links = events.flatMap((e) => {
    const to = byId.get(e.id);
    const from = e.reverses ? byId.get(e.reverses) : undefined;
    if (!to || !from) return [];
    const midY = Math.min(from.cy, to.cy) - layout.rowHeight / 2 + 2;
    return [{ from: from.id, to: to.id, d: `M${from.cx} ${from.cy}C${from.cx} ${round(midY)} ${to.cx} ${round(midY)} ${to.cx} ${to.cy}` }];
  });
  // Marks in time order, so keyboard order and reading order follow the axis.
  marks.sort((a, b) => a.x1 - b.x1 || a.cy - b.cy);
  return { width: layout.width, height: y + layout.axisHeight, lanes, marks, links, scale, axisY: y };
}

/** Above this many events, the overview draws a density instead of one mark per event. */
export const AGGREGATE_ABOVE = 400;

export interface DensityBin {
  lane: LaneId;
  from: number;
  to: number;
  count: number;
  x: number;
  width: number;
  height: number;
  y: number;
  /** The first event's href: the page that holds the bin's first events. */
  href: string;
}

/** Most bars a density draws, over all lanes: each is a link, and the page must stay within its weight budget. */
export const MAX_BINS = 120;

/**
 * The density of many events: per lane, one bin per day (when a day is at least 3 units wide) or
 * per week, widening to 2 and 4 weeks while there would be more than MAX_BINS bars; each bar as tall
 * as its count relative to the fullest bin of all lanes.
 */
export function layoutDensity(events: readonly OverviewInput[], layout = LAYOUT): Omit<Overview, 'marks' | 'links'> & { bins: DensityBin[] } {
  const extents = events.map((e) => ({ ...extentOf(e), e }));
  const left = layout.labelWidth;
  const scale = timeScale(extents, left, layout.width - left - 8);
  const perDay = Math.min(...scale.segments.map((s) => s.width / (s.to - s.from + 1)));
  const binCounts = (binDays: number) => {
    const counts = new Map<string, { lane: LaneId; from: number; count: number; href: string }>();
    for (const { from, e } of extents) {
      const lane = laneOf(e.actorTypes);
      const bin = Math.floor(from / binDays) * binDays;
      const key = `${lane} ${bin}`;
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { lane, from: bin, count: 1, href: e.href });
    }
    return counts;
  };
  let binDays = perDay >= 3 ? 1 : 7;
  let counts = binCounts(binDays);
  for (const wider of [7, 14, 28]) {
    if (counts.size <= MAX_BINS || wider <= binDays) continue;
    binDays = wider;
    counts = binCounts(binDays);
  }
  const laneHeight = 3 * layout.rowHeight;
  const max = Math.max(...[...counts.values()].map((c) => c.count));
  const lanes: Overview['lanes'] = [];
  const bins: DensityBin[] = [];
  let y = 0;
  for (const lane of LANES) {
    const inLane = [...counts.values()].filter((c) => c.lane === lane.id);
    if (inLane.length === 0) continue;
    for (const c of inLane) {
      const x = scale.x(c.from);
      const width = Math.max(1.5, scale.x(c.from + binDays) - x - 0.5);
      const height = Math.max(2, (c.count / max) * (laneHeight - 4));
      bins.push({
        lane: lane.id,
        from: c.from,
        to: c.from + binDays - 1,
        count: c.count,
        x: round(x),
        width: round(width),
        height: round(height),
        y: round(y + laneHeight - height),
        href: c.href,
      });
    }
    lanes.push({ id: lane.id, label: lane.label, y, height: laneHeight });
    y += laneHeight;
  }
  bins.sort((a, b) => a.from - b.from);
  return { width: layout.width, height: y + layout.axisHeight, lanes, bins, scale, axisY: y };
}

/** The overview's view of timeline events: lane, kind, dates and link of each. */
export function overviewInputs(
  events: readonly {
    id: string;
    when: string;
    data: {
      title: string;
      action: string;
      actor: readonly string[];
      period?: 'early' | 'mid' | 'late' | undefined;
      approximate?: boolean;
      reverses?: string | undefined;
      disputes: readonly { about: string; claims: readonly object[] }[];
    };
  }[],
  typeOf: (entityId: string) => string | undefined,
  hrefOf: (event: { id: string; when: string }) => string,
): OverviewInput[] {
  const measures = new Set(['ban', 'restriction', 'advisory', 'suspension']);
  return events.map((e) => {
    const claimDates = e.data.disputes
      .find((d) => d.about === 'date')
      ?.claims.map((c) => (c as { date?: string }).date)
      .filter((d): d is string => typeof d === 'string');
    return {
      id: e.id,
      title: e.data.title,
      when: e.when,
      period: e.data.period,
      approximate: e.data.approximate,
      disputedDates: claimDates && claimDates.length > 1 ? claimDates : undefined,
      actorTypes: e.data.actor.map(typeOf).filter((t): t is string => t !== undefined),
      kind: e.data.action === 'reversal' ? 'reversal' : measures.has(e.data.action) ? 'measure' : 'other',
      reverses: e.data.reverses,
      href: hrefOf(e),
    };
  });
}
