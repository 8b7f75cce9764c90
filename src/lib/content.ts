/**
 * The one place that queries the content collections. Every page reads the lists and indexes
 * exported here; none calls getCollection itself. Drafts are included in `astro dev` only.
 */
import { getCollection } from 'astro:content';
import { currentContent, renderableArticle } from '../reader/read-content.ts';
import type { MdxNode } from '../checks/check-mdx.ts';
import { collectCorrections } from './corrections.ts';
import { buildCrossReference } from './cross-reference.ts';
import { bansMeasures } from './measures.ts';
import { ARTICLES_PER_PAGE, listPages, MEASURES_PER_PAGE } from './paging.ts';
import { eventPath } from './paths.ts';
import { filteredViews, timelinePaging, timelineYears as buildTimelineYears } from './timeline.ts';

const published = <T extends { data: { draft: boolean } }>(entry: T) => import.meta.env.DEV || !entry.data.draft;

const [articleEntries, entityEntries, eventEntries] = await Promise.all([
  getCollection('articles', published),
  getCollection('entities', published),
  getCollection('events', published),
]);

const references = buildCrossReference({ articles: articleEntries, entities: entityEntries, events: eventEntries });

/**
 * Everything cross-referenced once (throws naming file and field on a broken reference), with the
 * timeline's paging (src/lib/timeline.ts), so `eventPath(id, when, xref)` finds every event's page.
 */
export const xref = { ...references, ...timelinePaging(references.timeline) };

/**
 * The years of the timeline, oldest first, each with its events, month pages and filter counts,
 * worked out once for every page of the year (counting on every page cost O(pages x events), 3 s at
 * 5,000 articles), and the static filtered views of each year.
 */
export const timelineYears = buildTimelineYears(xref);
export const timelineViews = filteredViews(xref, timelineYears);

/** Articles, newest first. */
export const articles = [...articleEntries].sort((a, b) => Date.parse(b.data.published) - Date.parse(a.data.published));

export { entityEntries as entities, eventEntries as events };

/** The pages of /articles/ (src/lib/paging.ts). */
export const articleListPages = listPages(articles, ARTICLES_PER_PAGE);

const measuresBySubject = Map.groupBy(xref.measures, (m) => m.data.subject);
/** The measures taken against an entity (its page's table), indexed once instead of filtered per page. */
export const measuresAgainstEntity = (entityId: string) => measuresBySubject.get(entityId) ?? [];

/** The measures on /bans/, and its table's pages (src/lib/paging.ts): computed once for every page that shows them. */
export const bans = bansMeasures(xref);
export const bansTablePages = listPages(bans, MEASURES_PER_PAGE);

/**
 * What the content check read and parsed of an article, for its page: the checked syntax tree of its
 * body and its original's paragraphs. Taken from the build's one read of content/ (in
 * `astro dev`, the newest read), so no article is read or parsed again, and none is compiled: the page
 * renders the tree (src/lib/article-body.ts).
 */
export async function checkedArticle(articleId: string): Promise<{ paragraphs: MdxNode[]; original: string[] }> {
  const read = await currentContent();
  if (!read) throw new Error('the content check has not read content/ in this process (articles are rendered from its read)');
  return renderableArticle(read, articleId);
}

/** Every correction on the site, newest first (/corrections/ and its feed). */
export const corrections = collectCorrections(articles, xref.timeline, (id) => {
  const e = xref.events.get(id)!;
  return eventPath(e.id, e.when, xref).split('#')[0]!;
});
