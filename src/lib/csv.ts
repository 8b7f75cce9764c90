/**
 * CSV for spreadsheets: RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), UTF-8 with a byte-order mark so Excel reads it as UTF-8, and every cell that a
 * spreadsheet would read as a formula neutralised. Writing is left to csv-stringify, a well-kept
 * library, so quoting rules are not re-implemented here. Pure.
 */
import { stringify } from 'csv-stringify/sync';

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"): = + - @, and
 * tab and carriage return, which some spreadsheets skip before looking for one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet shows as text: a leading apostrophe before a formula-like start. */
export function neutralizeCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A whole CSV document: header row, then one row per record, every cell neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return stringify([header.map(neutralizeCell), ...rows.map((row) => row.map(neutralizeCell))], {
    bom: true,
    record_delimiter: 'windows',
    // Quote any field that holds a line break of either kind, not only the record delimiter.
    quoted_match: /[\r\n]/,
  });
}
