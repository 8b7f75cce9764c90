/**
 * The content collections. Each schema lives in `src/schemas/` (one module per concept); every
 * collection is filled by src/loaders/content-loader.ts from the one content reader (src/reader/),
 * never by Astro's glob(): the reader refuses symbolic links, devices, oversized and non-UTF-8 files,
 * and parses YAML exactly as `npm run check` does. References between collections are plain ids,
 * checked by `src/checks/` and `src/lib/cross-reference.ts` because Astro's `reference()` only logs a
 * broken reference and lets the build pass.
 */
import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article.ts';
import { entitySchema } from './schemas/entity.ts';
import { eventSchema } from './schemas/event.ts';
import { contentLoader } from './loaders/content-loader.ts';

const articles = defineCollection({ loader: contentLoader('articles'), schema: articleSchema });

const entities = defineCollection({ loader: contentLoader('entities'), schema: entitySchema });

const events = defineCollection({ loader: contentLoader('events'), schema: eventSchema });

export const collections = { articles, entities, events };
