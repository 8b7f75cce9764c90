import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/lib/open-data/events.ts';
import { eventUid, icsDateLine, timelineCalendar } from '../../src/lib/open-data/ics.ts';

const record = (id: string, extra: Partial<EventRecord> = {}): EventRecord => ({
  id,
  url: `https://lintas.example.org/timeline/2020/#event-${id}`,
  title: 'Ban, then review; maybe',
  date: '2020-04-07',
  period: null,
  approximate: false,
  reported: null,
  when: '2020-04-07',
  precision: 'day',
  action: 'ban',
  actionLabel: 'Ban',
  actors: [{ id: 'a', name: 'Ministry, of; Things', type: 'ministry', country: 'TW', url: 'https://lintas.example.org/entities/a/' }],
  subject: null,
  scope: null,
  reason: null,
  summary: 'First line, with a comma; and a semicolon.\nSecond line with a backslash \\ and 行政院 and a long tail '.repeat(3),
  confidence: 'high',
  reverses: null,
  reversedBy: [],
  disputes: [],
  sources: [
    {
      outlet: 'Taipei Times',
      via: null,
      title: null,
      url: 'https://www.taipeitimes.com/x',
      date: '2020-04-08',
      accessed: null,
      archiveUrl: null,
      archived: null,
      language: 'en',
    },
  ],
  articles: [],
  updated: null,
  corrections: [],
  ...extra,
});

const stamp = new Date('2026-01-02T03:04:05Z');
const records = [
  record('day'),
  record('month', { date: '2020-04', when: '2020-04', precision: 'month', period: 'early' }),
  record('year', { date: '2020', when: '2020', precision: 'year' }),
  record('timed', { date: '2020-04-07T14:33+07:00', when: '2020-04-07T14:33+07:00', precision: 'time' }),
  record('reported-only', { date: null, reported: '2020-04-01', when: '2020-04-01', precision: 'unknown' }),
];
const text = timelineCalendar(records, { stamp, url: 'https://lintas.example.org/timeline/' });
const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
const byUid = new Map(vevents.map((v) => [v.getFirstPropertyValue('uid') as string, v]));

describe('timelineCalendar', () => {
  it('ends lines with CRLF and folds them at 75 octets without splitting a character', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(text).toContain('SUMMARY:Ban\\, then review\\; maybe');
    expect(text.replace(/\r\n /g, '')).toContain('First line\\, with a comma\\; and a semicolon.\\nSecond line with a backslash \\\\ and 行政院');
  });

  it('parses with ical.js back to the same text', () => {
    const day = byUid.get(eventUid('day'))!;
    expect(day.getFirstPropertyValue('summary')).toBe('Ban, then review; maybe');
    expect(day.getFirstPropertyValue('description')).toContain(records[0]!.summary);
    expect(day.getFirstPropertyValue('url')).toBe('https://lintas.example.org/timeline/2020/#event-day');
  });

  it('makes every event all-day (DTSTART;VALUE=DATE) with a stable UID and the build DTSTAMP', () => {
    expect(vevents).toHaveLength(records.length);
    for (const v of vevents) {
      const start = v.getFirstProperty('dtstart')!;
      expect(start.type).toBe('date');
      expect((v.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2026-01-02T03:04:05Z');
    }
    expect([...byUid.keys()].sort()).toEqual(records.map((r) => `${r.id}@lintas`).sort());
    expect(text).toContain('DTSTART;VALUE=DATE:20200407');
  });

  it('puts less precise dates on their first day and says how precise they are', () => {
    const start = (id: string) => (byUid.get(eventUid(id))!.getFirstPropertyValue('dtstart') as ICAL.Time).toString();
    expect(start('month')).toBe('2020-04-01');
    expect(start('year')).toBe('2020-01-01');
    expect(start('timed')).toBe('2020-04-07');
    expect(start('reported-only')).toBe('2020-04-01');
    expect(icsDateLine(records[1]!)).toBe('Date: early April 2020 (known to the month; shown on the first of the month)');
    expect(icsDateLine(records[3]!)).toContain('14:33 (UTC+07:00)');
    expect(icsDateLine(records[4]!)).toBe('Date: not known; first reported 1 April 2020');
  });
});
