/**
 * The article feeds: RSS 2.0 items for @astrojs/rss (which writes and escapes the XML) and a JSON
 * Feed 1.1 document (https://jsonfeed.org/version/1.1). Pure.
 *
 * Honest dates: an item is dated by the day Lintas published the translation (`translated`), not by
 * the original's date, so a new translation of a 2020 article reaches feed readers as new; the
 * original's date is in the article and its JSON-LD (`translationOfWork`). `updated` is the item's
 * modified date (RSS `atom:updated`, JSON Feed `date_modified`). Items are newest first by that date.
 */
import type { Article } from '../../schemas/article.ts';
import { absolute, SITE_NAME } from '../jsonld.ts';
import { articlePath } from '../paths.ts';

export const FEED_TITLE = SITE_NAME;
export const FEED_DESCRIPTION =
  'English translations of news reports about who restricted Zoom in 2020, beside their originals and checked against primary sources.';
export const RSS_PATH = '/rss.xml';
export const JSON_FEED_PATH = '/feed.json';

/** Namespaces the RSS feeds use: atom (the self link, item updates) and Dublin Core (item authors). */
export const RSS_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' };

export interface FeedArticle {
  id: string;
  data: Pick<Article, 'title' | 'summary' | 'tags' | 'published' | 'translated' | 'originalUrl' | 'language' | 'authors' | 'translator'> & {
    updated?: string | undefined;
  };
}

/** Text for inside an XML element or attribute: @astrojs/rss parses `customData` as XML. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A day as an RFC 3339 time, midnight UTC: "2026-11-27" -> "2026-11-27T00:00:00Z". */
export const dayAsTime = (day: string) => `${day}T00:00:00Z`;

/** The channel's own elements: its language and the atom self link (RSS Best Practices). */
export const rssChannelData = (selfUrl: string, language = 'en') =>
  `<language>${escapeXml(language)}</language><atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`;

/** Newest first by the day Lintas published them, then by the original's time. */
export const byLintasDate = <T extends FeedArticle>(articles: readonly T[]): T[] =>
  [...articles].sort((a, b) => b.data.translated.localeCompare(a.data.translated) || Date.parse(b.data.published) - Date.parse(a.data.published));

/** Who wrote the item: the original's authors, then the translator, whose English text it is. */
const itemAuthors = (a: FeedArticle) => [...a.data.authors, a.data.translator];

/** `root`: the site's URL with its base (links are absolute, so a sub-path site keeps its base). */
export function rssItems(articles: FeedArticle[], root: URL | string) {
  return byLintasDate(articles).map((a) => ({
    title: a.data.title,
    link: absolute(root, articlePath(a.id)),
    pubDate: new Date(dayAsTime(a.data.translated)),
    description: a.data.summary,
    categories: a.data.tags,
    customData: [
      ...itemAuthors(a).map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`),
      ...(a.data.updated ? [`<atom:updated>${dayAsTime(a.data.updated)}</atom:updated>`] : []),
    ].join(''),
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
    items: byLintasDate(articles).map((a) => ({
      id: absolute(site, articlePath(a.id)),
      url: absolute(site, articlePath(a.id)),
      external_url: a.data.originalUrl,
      title: a.data.title,
      summary: a.data.summary,
      content_text: a.data.summary,
      date_published: dayAsTime(a.data.translated),
      ...(a.data.updated ? { date_modified: dayAsTime(a.data.updated) } : {}),
      language: a.data.language,
      authors: itemAuthors(a).map((name) => ({ name })),
      tags: a.data.tags,
      ...(imageOf ? { image: imageOf(a.id) } : {}),
    })),
  };
}
