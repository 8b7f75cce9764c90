/** RSS 2.0 feed of the articles, newest first by the day Lintas published them, written by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articles } from '../lib/content.ts';
import { escapeXml, FEED_DESCRIPTION, FEED_TITLE, RSS_NAMESPACES, RSS_PATH, rssChannelData, rssItems } from '../lib/open-data/feeds.ts';
import { absolute } from '../lib/paths.ts';
import { rssCopyright } from '../lib/licences.ts';
import { siteConfig, siteRoot } from '../lib/site.ts';

export const GET: APIRoute = () =>
  rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    site: siteRoot,
    items: rssItems(articles, siteRoot),
    xmlns: RSS_NAMESPACES,
    customData: `${rssChannelData(absolute(siteRoot, RSS_PATH), siteConfig.language)}<copyright>${escapeXml(rssCopyright(siteConfig))}</copyright>`,
    trailingSlash: true,
  });
