/**
 * The article feeds: RSS 2.0 items for @astrojs/rss (which writes and escapes the XML) and a JSON
 * Feed 1.1 document (https://jsonfeed.org/version/1.1). Newest first, as `articles` in content.ts. Pure.
 */
import type { Article } from '../../schemas/article.ts';
import { absolute, SITE_NAME } from '../jsonld.ts';
import { articlePath } from '../paths.ts';

export const FEED_TITLE = SITE_NAME;
export const FEED_DESCRIPTION = 'English translations of news reports about who restricted Zoom in 2020, beside their originals and checked against primary sources.';
export const RSS_PATH = '/rss.xml';
export const JSON_FEED_PATH = '/feed.json';

export interface FeedArticle {
  id: string;
  data: Article;
}

/** RFC 3339 wants seconds: "2020-04-07T14:33+07:00" -> "2020-04-07T14:33:00+07:00". */
export const withSeconds = (iso: string) => iso.replace(/T(\d{2}:\d{2})(?=Z|[+-])/, 'T$1:00');

/** `root`: the site's URL with its base (links are absolute, so a sub-path site keeps its base). */
export function rssItems(articles: FeedArticle[], root: URL | string) {
  return articles.map((a) => ({
    title: a.data.title,
    link: absolute(root, articlePath(a.id)),
    pubDate: new Date(a.data.published),
    description: a.data.summary,
    categories: a.data.tags,
  }));
}

export function jsonFeed(articles: FeedArticle[], site: URL | string, imageOf?: (id: string) => string) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: FEED_TITLE,
    home_page_url: absolute(site, '/'),
    feed_url: absolute(site, JSON_FEED_PATH),
    description: FEED_DESCRIPTION,
    language: 'en',
    authors: [{ name: SITE_NAME, url: absolute(site, '/') }],
    items: articles.map((a) => ({
      id: absolute(site, articlePath(a.id)),
      url: absolute(site, articlePath(a.id)),
      external_url: a.data.originalUrl,
      title: a.data.title,
      summary: a.data.summary,
      content_text: a.data.summary,
      date_published: withSeconds(a.data.published),
      language: a.data.language,
      authors: a.data.authors.map((name) => ({ name })),
      tags: a.data.tags,
      ...(imageOf ? { image: imageOf(a.id) } : {}),
    })),
  };
}
