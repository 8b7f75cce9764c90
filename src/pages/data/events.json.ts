/** Every published event, with names resolved: described by /data/schema/events-1.json. */
import type { APIRoute } from 'astro';
import { xref } from '../../lib/content.ts';
import { eventsDocument } from '../../lib/open-data/events.ts';
import { buildTime } from '../../lib/open-data/resolve.ts';
import { siteRoot } from '../../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(eventsDocument(xref, siteRoot, buildTime()), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
