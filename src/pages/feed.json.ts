/** JSON Feed 1.1 of the articles, newest first. */
import type { APIRoute } from 'astro';
import { articles } from '../lib/content.ts';
import { absolute } from '../lib/jsonld.ts';
import { ogImagePath } from '../lib/paths.ts';
import { jsonFeed } from '../lib/open-data/feeds.ts';
import { jsonFeedExtension } from '../lib/licences.ts';
import { siteConfig, siteRoot } from '../lib/site.ts';

// JSON Feed has no licence field: the `_lintas` extension carries it, explained on /data/.
const feed = () => ({
  ...jsonFeed(articles, siteRoot, (id) => absolute(siteRoot, ogImagePath('articles', id))),
  ...jsonFeedExtension(siteConfig, absolute(siteRoot, '/data/#licence')),
});

export const GET: APIRoute = () =>
  new Response(JSON.stringify(feed(), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
