/** RSS 2.0 feed of the articles, newest first, written by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articles } from '../lib/content.ts';
import { FEED_DESCRIPTION, FEED_TITLE, rssItems } from '../lib/open-data/feeds.ts';

export const GET: APIRoute = ({ site }) =>
  rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    site: site!,
    items: rssItems(articles),
    customData: '<language>en</language>',
    trailingSlash: true,
  });
