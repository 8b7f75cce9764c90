/** RSS 2.0 feed of every correction, newest first (src/lib/corrections.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { corrections } from '../../lib/content.ts';
import { absolute } from '../../lib/jsonld.ts';
import { CORRECTIONS_FEED_DESCRIPTION, CORRECTIONS_FEED_PATH, CORRECTIONS_FEED_TITLE, correctionRssItems } from '../../lib/corrections.ts';
import { RSS_NAMESPACES, rssChannelData } from '../../lib/open-data/feeds.ts';
import { withBase } from '../../lib/with-base.ts';

export const GET: APIRoute = ({ site }) =>
  rss({
    title: CORRECTIONS_FEED_TITLE,
    description: CORRECTIONS_FEED_DESCRIPTION,
    site: site!,
    items: correctionRssItems(corrections, (path) => absolute(site!, withBase(path))),
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(absolute(site!, withBase(CORRECTIONS_FEED_PATH))),
    trailingSlash: true,
  });
