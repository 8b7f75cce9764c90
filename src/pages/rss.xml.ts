/** RSS 2.0 feed of the articles, newest first by the day Lintas published them, written by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articles } from '../lib/content.ts';
import { absolute } from '../lib/jsonld.ts';
import { FEED_DESCRIPTION, FEED_TITLE, RSS_NAMESPACES, RSS_PATH, rssChannelData, rssItems } from '../lib/open-data/feeds.ts';
import { withBase } from '../lib/with-base.ts';

export const GET: APIRoute = ({ site }) =>
  rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    site: site!,
    items: rssItems(articles),
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(absolute(site!, withBase(RSS_PATH))),
    trailingSlash: true,
  });
