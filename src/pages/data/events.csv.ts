/** Every published event as CSV for spreadsheets: RFC 4180, CRLF, UTF-8 with BOM, formulas neutralised. */
import type { APIRoute } from 'astro';
import { xref } from '../../lib/content.ts';
import { toCsv } from '../../lib/csv.ts';
import { EVENTS_CSV_HEADER, eventCsvRow, eventRecord } from '../../lib/open-data/events.ts';
import { siteRoot } from '../../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(
    toCsv(
      EVENTS_CSV_HEADER,
      xref.timeline.map((e) => eventCsvRow(eventRecord(xref, e, siteRoot))),
    ),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
    },
  );
