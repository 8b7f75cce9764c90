import { describe, expect, it } from 'vitest';
import { checkAlignment, splitParagraphs } from '../../src/lib/paragraphs.ts';
import { formatInZoneAndUtc, formatPartialDate, daysBetween } from '../../src/lib/dates.ts';

describe('paragraph alignment', () => {
  it('splits on blank lines, joins wrapped lines, ignores extra blank lines and CRLF', () => {
    expect(splitParagraphs('One\nline two\r\n\r\n\r\nTwo\n  \nThree\n')).toEqual(['One line two', 'Two', 'Three']);
  });
  it('accepts equal counts', () => expect(checkAlignment(12, 12)).toBeNull());
  it('says which side has extra paragraphs', () => {
    expect(checkAlignment(13, 12)?.message).toContain('the translation has 13 paragraphs but the original has 12');
    expect(checkAlignment(11, 12)?.message).toContain('the original has extra ones');
  });
  it('the seed article pairs 12 with 12', async () => {
    const { readFileSync } = await import('node:fs');
    const original = splitParagraphs(readFileSync('content/articles/bisnis-taiwan-bans-government-use-of-zoom/original.md', 'utf8'));
    expect(original).toHaveLength(12);
    expect(original[0]).toMatch(/^Bisnis\.com, JAKARTA - Taiwan melarang/);
    expect(original[11]).toMatch(/dianggap cukup aman untuk digunakan\.$/);
  });
});

describe('dates', () => {
  it('shows the original zone and UTC', () => {
    expect(formatInZoneAndUtc('2020-04-07T14:33:00+07:00')).toEqual({ local: '7 April 2020, 14:33 WIB (UTC+07:00)', utc: '7 April 2020, 07:33 UTC', utcIso: '2020-04-07T07:33:00Z' });
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
