import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, toCsv } from '../../src/lib/csv.ts';

const BOM = '\uFEFF';

describe('neutralizeCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1', `'+1`],
    ['-2', `'-2`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `'\rCR`],
  ])('puts an apostrophe before a formula start: %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });
  it.each(['Taiwan', '行政院', 'a=b', '1+1', 'mid-April', ' =leading space', "'already"])('leaves other text alone: %j', (input) => {
    expect(neutralizeCell(input)).toBe(input);
  });
  it('writes nothing for missing values, and numbers and booleans as text', () => {
    expect(neutralizeCell(null)).toBe('');
    expect(neutralizeCell(undefined)).toBe('');
    expect(neutralizeCell(3)).toBe('3');
    expect(neutralizeCell(-3)).toBe(`'-3`);
    expect(neutralizeCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  const rows = [
    ['say "quoted", then, commas', 'line one\nline two\r\nline three'],
    ['</script><script>alert(1)</script>', '行政院'],
    ['=1+2', '@x'],
    ['plain', ''],
  ];
  const csv = toCsv(['first', 'second'], rows);

  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line break is CRLF.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(rows.length + 1);
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes (RFC 4180)', () => {
    expect(csv).toContain('"say ""quoted"", then, commas"');
    expect(csv).toContain('"line one\nline two\r\nline three"');
    expect(csv).toContain('\r\nplain,\r\n');
  });

  it('parses back with csv-parse to the same cells, formulas neutralised', () => {
    const parsed = parse(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(parsed[0]).toEqual(['first', 'second']);
    expect(parsed.slice(1)).toEqual([
      ['say "quoted", then, commas', 'line one\nline two\r\nline three'],
      ['</script><script>alert(1)</script>', '行政院'],
      [`'=1+2`, `'@x`],
      ['plain', ''],
    ]);
  });

  it('keeps non-Latin text as UTF-8', () => {
    expect(Buffer.from(csv, 'utf8').includes(Buffer.from('行政院', 'utf8'))).toBe(true);
  });
});
