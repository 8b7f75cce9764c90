/** JSON Feed 1.1 of the articles, newest first. */
import type { APIRoute } from 'astro';
import { articles } from '../lib/content.ts';
import { absolute } from '../lib/jsonld.ts';
import { ogImagePath } from '../lib/og-image.ts';
import { jsonFeed } from '../lib/open-data/feeds.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(jsonFeed(articles, site!, (id) => absolute(site!, ogImagePath('articles', id))), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
