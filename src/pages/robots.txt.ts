/**
 * robots.txt, naming the sitemap on this site's URL and base. Crawlers read robots.txt only at a
 * host's root: a site under a sub-path (/lintas/) writes it too, but the host's own root decides.
 */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/paths.ts';
import { siteRoot } from '../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(siteRoot, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
