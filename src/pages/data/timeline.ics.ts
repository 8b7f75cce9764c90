/** The timeline as an iCalendar file: one all-day VEVENT per published event (see src/lib/open-data/ics.ts). */
import type { APIRoute } from 'astro';
import { xref } from '../../lib/content.ts';
import { absolute } from '../../lib/jsonld.ts';
import { timelinePath } from '../../lib/paths.ts';
import { eventRecord } from '../../lib/open-data/events.ts';
import { timelineCalendar } from '../../lib/open-data/ics.ts';
import { buildTime } from '../../lib/open-data/resolve.ts';
import { siteRoot } from '../../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(
    timelineCalendar(
      xref.timeline.map((e) => eventRecord(xref, e, siteRoot)),
      { stamp: buildTime(), url: absolute(siteRoot, timelinePath()) },
    ),
    {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    },
  );
