/** Every published entity, with its parent, events and articles: described by /data/schema/entities-1.json. */
import type { APIRoute } from 'astro';
import { xref } from '../../lib/content.ts';
import { entitiesDocument } from '../../lib/open-data/entities.ts';
import { buildTime } from '../../lib/open-data/resolve.ts';
import { siteRoot } from '../../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(entitiesDocument(xref, siteRoot, buildTime()), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
