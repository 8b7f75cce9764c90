/**
 * Astro content loaders over the content reader (src/reader/): every collection is filled from the
 * one read of content/ that the content check made, through the same safe file reader and the same
 * YAML parser, so what passes `npm run check` is exactly what the site is built from. Files with
 * problems are left out (the check has already failed the build; in `astro dev` the problems show in
 * the browser, src/integrations/content-check.ts).
 *
 * - entities, events: the YAML data of each file;
 * - articles: the frontmatter as data. The body is not handed to Astro at all: no article is compiled
 *   or becomes a module. The article page renders the syntax tree the content check parsed and
 *   checked, with the original beside it, from the same read (src/lib/content.ts `checkedArticle`,
 *   src/lib/article-body.ts). The digest covers the whole file, so a change to the body alone still
 *   refreshes the entry (and the page, in `astro dev`).
 * In `astro dev` a change under content/ makes every collection read content/ again (one shared read).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetContent, sharedContent, type ContentRead } from '../reader/read-content.ts';
import { CONTENT_DIR } from '../reader/files.ts';

type Collection = 'articles' | 'entities' | 'events';

interface Item {
  id: string;
  data: Record<string, unknown>;
  filePath: string;
  /** What the digest is made of: the file's text. */
  text: string;
}

function itemsOf(read: ContentRead, collection: Collection): Item[] {
  switch (collection) {
    case 'entities':
    case 'events':
      return read[collection].map((e) => ({
        id: e.id,
        data: e.data as unknown as Record<string, unknown>,
        filePath: e.filePath,
        text: JSON.stringify(e.data),
      }));
    case 'articles':
      return read.articles.map((a) => ({
        id: a.id,
        data: a.data as unknown as Record<string, unknown>,
        filePath: a.filePath,
        // The original beside it is part of what the page shows.
        text: `${a.source ?? ''}\u0000${a.original ?? ''}`,
      }));
  }
}

export function contentLoader(collection: Collection): Loader {
  return {
    name: `lintas:${collection}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await sync(context, root, collection);
      const { watcher } = context;
      if (!watcher) return;
      const contentDir = path.join(root, CONTENT_DIR);
      let seen = '';
      const changed = async (file: string) => {
        if (path.relative(contentDir, file).startsWith('..')) return;
        // Every collection hears the same change: the first to hear it forgets the shared read.
        const key = `${file}:${Date.now() >> 8}`;
        if (key !== seen) forgetContent(root);
        seen = key;
        await sync(context, root, collection);
      };
      watcher.on('add', changed);
      watcher.on('change', changed);
      watcher.on('unlink', changed);
    },
  };
}

async function sync({ store, parseData, generateDigest }: LoaderContext, root: string, collection: Collection): Promise<void> {
  const read = await sharedContent(root);
  const items = itemsOf(read, collection);
  const present = new Set<string>();
  for (const item of items) {
    present.add(item.id);
    const digest = generateDigest(item.text);
    const existing = store.get(item.id);
    if (existing?.digest === digest && existing.filePath === item.filePath) continue;
    const data = await parseData({ id: item.id, data: item.data, filePath: path.join(root, item.filePath) });
    store.set({ id: item.id, data, filePath: item.filePath, digest });
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
}
