/** RSS 2.0 feed of every correction, newest first (src/lib/corrections.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { corrections } from '../../lib/content.ts';
import { absolute } from '../../lib/paths.ts';
import { siteConfig, siteRoot } from '../../lib/site.ts';
import { rssCopyright } from '../../lib/licences.ts';
import { CORRECTIONS_FEED_DESCRIPTION, CORRECTIONS_FEED_PATH, CORRECTIONS_FEED_TITLE, correctionRssItems } from '../../lib/corrections.ts';
import { escapeXml, RSS_NAMESPACES, rssChannelData } from '../../lib/open-data/feeds.ts';

export const GET: APIRoute = () =>
  rss({
    title: CORRECTIONS_FEED_TITLE,
    description: CORRECTIONS_FEED_DESCRIPTION,
    site: siteRoot,
    items: correctionRssItems(corrections, (path) => absolute(siteRoot, path)),
    xmlns: RSS_NAMESPACES,
    customData: `${rssChannelData(absolute(siteRoot, CORRECTIONS_FEED_PATH), siteConfig.language)}<copyright>${escapeXml(rssCopyright(siteConfig))}</copyright>`,
    trailingSlash: true,
  });
