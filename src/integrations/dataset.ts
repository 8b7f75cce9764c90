/**
 * The published dataset read straight from content/, for integration code and workers that run
 * outside Astro's content layer (they cannot import src/lib/content.ts). Same schemas, same pure
 * cross-reference, ids from file and folder names, drafts left out: the content check has already
 * stopped the build on any problem, so this never reports one. Only for use in Node.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { articleSchema, type Article } from '../schemas/article.ts';
import { entitySchema, type Entity } from '../schemas/entity.ts';
import { eventSchema, type Event } from '../schemas/event.ts';
import { frontmatterBlock } from '../checks/frontmatter.ts';
import { mapLimited, readText } from '../checks/read-files.ts';
import { validateYaml } from '../checks/validate-yaml.ts';
import { buildCrossReference, type CrossReference, type Record } from '../lib/cross-reference.ts';

async function readData<T>(dir: string, schema: typeof entitySchema | typeof eventSchema): Promise<Record<T>[]> {
  const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  const texts = await mapLimited(files.map((f) => path.join(dir, f)), readText);
  const out: Record<T>[] = [];
  for (const [i, f] of files.entries()) {
    const file = path.join(dir, f);
    if (texts[i] === undefined) continue;
    const parsed = validateYaml(texts[i], schema, file);
    if (parsed.data && !parsed.data.draft) out.push({ id: f.replace(/\.ya?ml$/, ''), filePath: file, data: parsed.data as T });
  }
  return out;
}

/** The published articles' frontmatter (content/articles/<id>/index.mdx), sorted by id. */
export async function readArticles(root: string): Promise<Record<Article>[]> {
  const dir = path.join(root, 'content/articles');
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  const sources = await mapLimited(names.map((n) => path.join(dir, n, 'index.mdx')), readText);
  const out: Record<Article>[] = [];
  for (const [i, name] of names.entries()) {
    const fm = sources[i] === undefined ? undefined : frontmatterBlock(sources[i]);
    if (fm === undefined) continue;
    const parsed = validateYaml(fm, articleSchema, path.join(dir, name, 'index.mdx'), 1);
    if (parsed.data && !parsed.data.draft) out.push({ id: name, filePath: path.join(dir, name, 'index.mdx'), data: parsed.data as Article });
  }
  return out;
}

/** Entities and events (and, with `articles: true`, the articles' frontmatter) as the site publishes them. */
export async function loadDataset(root: string, options: { articles?: boolean } = {}): Promise<{ articles: Record<Article>[]; xref: CrossReference }> {
  const [entities, events, articles] = await Promise.all([
    readData<Entity>(path.join(root, 'content/entities'), entitySchema),
    readData<Event>(path.join(root, 'content/events'), eventSchema),
    options.articles ? readArticles(root) : Promise.resolve([]),
  ]);
  return { articles, xref: buildCrossReference({ entities, events, articles }) };
}
