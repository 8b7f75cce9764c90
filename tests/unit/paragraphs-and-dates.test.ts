import { describe, expect, it } from 'vitest';
import { checkAlignment, splitParagraphs } from '../../src/lib/paragraphs.ts';
import { formatInZoneAndUtc, formatPartialDate, daysBetween } from '../../src/lib/dates.ts';
import { readContent } from '../helpers/content.ts';

describe('paragraph alignment', () => {
  it('splits on blank lines, joins wrapped lines, ignores extra blank lines and CRLF', () => {
    expect(splitParagraphs('One\nline two\r\n\r\n\r\nTwo\n  \nThree\n')).toEqual(['One line two', 'Two', 'Three']);
  });
  it('accepts equal counts', () => expect(checkAlignment(12, 12)).toBeNull());
  it('says which side has extra paragraphs', () => {
    expect(checkAlignment(13, 12)?.message).toContain('the translation has 13 paragraphs but the original has 12');
    expect(checkAlignment(11, 12)?.message).toContain('the original has extra ones');
  });
  it('every published article pairs its paragraphs one to one with the original', () => {
    const { articles } = readContent();
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) {
      expect(a.original.length, a.id).toBeGreaterThan(0);
      expect(checkAlignment(a.paragraphs.length, a.original.length), a.id).toBeNull();
      for (const p of [...a.paragraphs, ...a.original]) expect(p.trim(), a.id).not.toBe('');
    }
  });
});

describe('dates', () => {
  it('shows the original zone and UTC', () => {
    expect(formatInZoneAndUtc('2020-04-07T14:33:00+07:00')).toEqual({
      local: '7 April 2020, 14:33 WIB (UTC+07:00)',
      utc: '7 April 2020, 07:33 UTC',
      utcIso: '2020-04-07T07:33:00Z',
    });
  });
  it('crosses midnight into the previous UTC day', () => {
    expect(formatInZoneAndUtc('2020-04-08T03:00:00+08:00').utc).toBe('7 April 2020, 19:00 UTC');
  });
  it('is honest about precision', () => {
    expect(formatPartialDate('2020-04', { period: 'early' })).toBe('early April 2020');
    expect(formatPartialDate('2020-03-24', { approximate: true })).toBe('about 24 March 2020');
    expect(formatPartialDate('2020')).toBe('2020');
  });
  it('counts days between partial dates', () => expect(daysBetween('2020-03-24', '2020-04-23')).toBe(30));
});
