/**
 * The published dataset for integration code and workers that run outside Astro's content layer
 * (they cannot import src/lib/content.ts): the content reader's shared read (src/reader/), drafts left
 * out, cross-referenced by the same pure module. The content check has already stopped the build on
 * any problem, so this never reports one. Only for use in Node.
 */
import type { Article } from '../schemas/article.ts';
import { sharedContent } from '../reader/read-content.ts';
import { buildCrossReference, type CrossReference, type Record } from '../lib/cross-reference.ts';
import type { TimelinePaging } from '../lib/paths.ts';
import { timelinePaging } from '../lib/timeline.ts';

const published = <T extends { data: { draft: boolean } }>(items: T[]) => items.filter((i) => !i.data.draft);

type Dataset = { articles: Record<Article>[]; xref: CrossReference & TimelinePaging };

/** One dataset per read of content/: the card job and the search index share it. */
const datasets = new WeakMap<object, Dataset>();

/** Entities, events and articles' frontmatter as the site publishes them, and their cross-reference. */
export async function loadDataset(root: string): Promise<Dataset> {
  const read = await sharedContent(root);
  const known = datasets.get(read);
  if (known) return known;
  const strip = <T>({ id, filePath, data }: { id: string; filePath: string; data: T }): Record<T> => ({ id, filePath, data });
  const articles = published(read.articles)
    .map(strip)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const references = buildCrossReference({ entities: published(read.entities).map(strip), events: published(read.events).map(strip), articles });
  // The timeline's paging, as src/lib/content.ts adds it: event URLs need it.
  const xref = { ...references, ...timelinePaging(references.timeline) };
  const dataset = { articles, xref };
  datasets.set(read, dataset);
  return dataset;
}
