/**
 * The content collections. Each schema lives in `src/schemas/` (one module per concept); references
 * between collections are plain ids, checked by `src/checks/` and `src/lib/cross-reference.ts`
 * because Astro's `reference()` only logs a broken reference and lets the build pass.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema } from './schemas/article.ts';
import { entitySchema } from './schemas/entity.ts';
import { eventSchema } from './schemas/event.ts';
import { folderId, fileId } from './lib/content-ids.ts';
import { originalTexts } from './loaders/original-texts.ts';

// Memory (BENCHMARKS.md): no page reads an article's raw MDX (pages render the compiled module), so the
// data store need not keep it: retainBody: false.
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '*/index.mdx', generateId: ({ entry }) => folderId(entry), retainBody: false }),
  schema: articleSchema,
});

/**
 * The original text of each article, stored beside its translation as `original.md`. Only its text is
 * read (split into paragraphs), never rendered: src/loaders/original-texts.ts says why not glob().
 */
const originals = defineCollection({
  loader: originalTexts('content/articles'),
  schema: z.strictObject({}),
});

const entities = defineCollection({
  loader: glob({ base: './content/entities', pattern: '*.{yaml,yml}', generateId: ({ entry }) => fileId(entry) }),
  schema: entitySchema,
});

const events = defineCollection({
  loader: glob({ base: './content/events', pattern: '*.{yaml,yml}', generateId: ({ entry }) => fileId(entry) }),
  schema: eventSchema,
});

export const collections = { articles, originals, entities, events };
