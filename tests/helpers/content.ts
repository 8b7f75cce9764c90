/**
 * The real content (or a fixture's), read the plain way for tests: YAML with the `yaml` package, an
 * article's frontmatter, MDX body and original paragraphs from its files. Tests over the real site
 * derive what they expect from this rather than from today's titles, ids and counts, so an editor's
 * ordinary edit (a new event, a retitled article, a removed alias) cannot turn them red. Drafts are
 * left out, as the production build leaves them out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { splitParagraphs } from '../../src/lib/paragraphs.ts';

type Data = Record<string, any>;

export interface Item {
  id: string;
  data: Data;
}

export interface ArticleFiles extends Item {
  /** The MDX after the frontmatter. */
  body: string;
  /** The translation's paragraphs as written in the MDX (split on blank lines). */
  paragraphs: string[];
  /** The original's paragraphs (content/articles/<id>/original.md). */
  original: string[];
}

export interface Content {
  entities: Item[];
  events: Item[];
  articles: ArticleFiles[];
  entity: (id: string) => Item;
  event: (id: string) => Item;
}

const yaml = (file: string): Data => parse(readFileSync(file, 'utf8'), { version: '1.1' }) ?? {};
const published = (item: Item) => item.data.draft !== true;

function items(dir: string): Item[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), data: yaml(path.join(dir, f)) }))
    .filter(published);
}

function articles(dir: string): ArticleFiles[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && existsSync(path.join(dir, d.name, 'index.mdx')))
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const source = readFileSync(path.join(dir, id, 'index.mdx'), 'utf8');
      const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source) ?? [];
      const original = splitParagraphs(readFileSync(path.join(dir, id, 'original.md'), 'utf8'));
      return { id, data: parse(frontmatter, { version: '1.1' }) ?? {}, body, paragraphs: splitParagraphs(body), original };
    })
    .filter(published);
}

/** The published content under `root` (the project by default). */
export function readContent(root = path.resolve(import.meta.dirname, '../..')): Content {
  const dir = path.join(root, 'content');
  const content = { entities: items(path.join(dir, 'entities')), events: items(path.join(dir, 'events')), articles: articles(path.join(dir, 'articles')) };
  const find = (list: Item[], kind: string) => (id: string) => list.find((x) => x.id === id) ?? raise(`no published ${kind} "${id}" in ${dir}`);
  return { ...content, entity: find(content.entities, 'entity'), event: find(content.events, 'event') };
}

const raise = (message: string): never => {
  throw new Error(message);
};

/** An event's actors as a list (the YAML allows one id or a list). */
export const actorsOf = (event: Item): string[] => [event.data.actor].flat();

/** The date an event is placed by on the timeline: its date, or when it was reported. */
export const whenOf = (event: Item): string => String(event.data.date ?? event.data.reported);

/** The entity ids an event involves, as actor or subject. */
export const involved = (event: Item): string[] => [...new Set([...actorsOf(event), ...(event.data.subject ? [event.data.subject] : [])])];

/** The note components an MDX text holds, in order. */
export const NOTE_TAG = /<(TranslatorNote|ContextNote|ClaimCheck)\b/g;
