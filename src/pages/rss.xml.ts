/** RSS 2.0 feed of the articles, newest first, written by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articles } from '../lib/content.ts';
import { FEED_DESCRIPTION, FEED_TITLE, rssItems } from '../lib/open-data/feeds.ts';
import { rssCopyright } from '../lib/licences.ts';
import { siteConfig, siteRoot } from '../lib/site.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = () =>
  rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    site: siteRoot,
    items: rssItems(articles, siteRoot),
    customData: `<language>${siteConfig.language}</language><copyright>${escapeXml(rssCopyright(siteConfig))}</copyright>`,
    trailingSlash: true,
  });
