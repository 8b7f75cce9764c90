/**
 * The one place that queries the content collections. Every page reads the lists and indexes
 * exported here; none calls getCollection itself. Drafts are included in `astro dev` only.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { claimChecksOf, type ClaimCheckRecord } from './claim-checks.ts';
import { collectCorrections } from './corrections.ts';
import { buildCrossReference } from './cross-reference.ts';
import { bansMeasures } from './measures.ts';
import { ARTICLES_PER_PAGE, listPages, MEASURES_PER_PAGE } from './paging.ts';
import { splitParagraphs } from './paragraphs.ts';
import { eventPath } from './paths.ts';

const published = <T extends { data: { draft: boolean } }>(entry: T) => import.meta.env.DEV || !entry.data.draft;

const [articleEntries, originalEntries, entityEntries, eventEntries] = await Promise.all([
  getCollection('articles', published),
  getCollection('originals'),
  getCollection('entities', published),
  getCollection('events', published),
]);

/** Everything cross-referenced once; throws naming file and field on a broken reference. */
export const xref = buildCrossReference({ articles: articleEntries, entities: entityEntries, events: eventEntries });

/** Articles, newest first. */
export const articles = [...articleEntries].sort((a, b) => Date.parse(b.data.published) - Date.parse(a.data.published));

/** The original's paragraphs for an article id. */
const originals = new Map(originalEntries.map((o) => [o.id, splitParagraphs(o.body ?? '')]));
export const originalParagraphs = (articleId: string): string[] => originals.get(articleId) ?? [];

export { entityEntries as entities, eventEntries as events };

/** The pages of /articles/ (src/lib/paging.ts). */
export const articleListPages = listPages(articles, ARTICLES_PER_PAGE);

/** The measures on /bans/, and its table's pages (src/lib/paging.ts): computed once for every page that shows them. */
export const bans = bansMeasures(xref);
export const bansTablePages = listPages(bans, MEASURES_PER_PAGE);

/**
 * An article's claim checks, for its ClaimReview JSON-LD: read from its MDX when its page asks
 * (src/lib/claim-checks.ts says why not while rendering), so only article pages pay for the parse.
 * `filePath` is the glob loader's path inside content/articles/.
 */
const articleFiles = new Map(articles.map((a) => [a.id, a.filePath]));
export const claimChecksOfArticle = (articleId: string): ClaimCheckRecord[] => {
  const file = articleFiles.get(articleId);
  return file ? claimChecksOf(readFileSync(file, 'utf8')) : [];
};

/** Every correction on the site, newest first (/corrections/ and its feed). */
export const corrections = collectCorrections(articles, xref.timeline, (id) => {
  const e = xref.events.get(id)!;
  return eventPath(e.id, e.when, xref).split('#')[0]!;
});
