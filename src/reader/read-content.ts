/**
 * The content reader: reads and validates every file under content/ once, through the safe file
 * reader (files.ts) and the one YAML parser (yaml.ts), and returns the entries with their problems.
 * The content check adds the rules that span files (src/checks/check-content.ts); Astro's loaders
 * (src/loaders/content-loader.ts), the card workers and the search integration take the valid entries.
 *
 * Within one process the read is shared (`sharedContent`): the build's content check reads content/
 * once and the loaders and integrations reuse that read. Only for use in Node.
 */
import path from 'node:path';
import { articleSchema, type Article } from '../schemas/article.ts';
import { entitySchema, type Entity } from '../schemas/entity.ts';
import { eventSchema, type Event } from '../schemas/event.ts';
import { idIssue } from '../schemas/common.ts';
import { frontmatterBlock } from '../checks/frontmatter.ts';
import { validateYaml } from '../checks/validate-yaml.ts';
import { formatProblems, type Problem } from '../checks/problem.ts';
import { checkMdxDialect, type Dialect } from '../checks/check-mdx.ts';
import { splitParagraphs } from '../lib/paragraphs.ts';
import { CONTENT_DIR, kindOf, kindProblem, listContentDir, readContentFile, relativeTo, type Read } from './files.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the project root, e.g. `content/events/spacex-ban.yaml`. */
  filePath: string;
  data: T;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** An article folder as read: its translation's source, frontmatter (when valid) and original text. */
export interface ArticleFiles {
  id: string;
  /** `content/articles/<id>/index.mdx` */
  filePath: string;
  /** `content/articles/<id>/original.md` */
  originalPath: string;
  /** The whole MDX file (undefined when it could not be read). */
  source?: string | undefined;
  /** The original's text (undefined when missing or unreadable). */
  original?: string | undefined;
  /** That text split into its paragraphs (src/lib/paragraphs.ts), once: for the check and the page. */
  originalParagraphs?: string[] | undefined;
  /** original.md is there but was refused (a link, not UTF-8...): its own problem says so. */
  originalRefused?: boolean;
  /** The frontmatter, when it validated. */
  data?: Article | undefined;
  /** The frontmatter as parsed, before validation (for checks that can still use a valid part). */
  raw?: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The body checked against the closed MDX dialect: parsed once, by `dialectOf`. */
  dialect?: Dialect | undefined;
}

/** An article's MDX checked against the closed dialect, parsed once however many ask (the check, the page). */
export function dialectOf(article: ArticleFiles): Dialect | undefined {
  if (article.source === undefined) return undefined;
  article.dialect ??= checkMdxDialect(article.source, article.filePath);
  return article.dialect;
}

const articleIndex = new WeakMap<ContentRead, Map<string, ArticleFiles>>();

/**
 * The checked syntax tree of an article's body and its original's paragraphs, for the page that renders it:
 * the second line after the content check. An article the read does not have, or whose body did not
 * parse or broke the closed dialect, is refused with its problems, so nothing the check refused is
 * ever rendered (in `astro dev` the check's report is shown instead of the page).
 */
export function renderableArticle(read: ContentRead, id: string): { paragraphs: Dialect['paragraphs']; original: string[] } {
  let byId = articleIndex.get(read);
  // By id, once per read: a scan per article page was O(N²), ~0.9 s of the page phase at 5,000 articles.
  if (!byId) articleIndex.set(read, (byId = new Map(read.articleFolders.map((a) => [a.id, a]))));
  const article = byId.get(id);
  const file = `${CONTENT_DIR}/articles/${id}/index.mdx`;
  const dialect = article && dialectOf(article);
  if (!article?.data || !dialect) throw new Error(`${file} was not read as a valid article by the content check: run npm run check`);
  if (!dialect.parsed || dialect.problems.length > 0)
    throw new Error(`${file} was not rendered:\n\n${formatProblems(dialect.problems)}\n\nSee CONTRIBUTING.md, "What an article may contain".`);
  return { paragraphs: dialect.paragraphs, original: article.originalParagraphs ?? [] };
}

export interface ContentRead {
  entities: Entry<Entity>[];
  events: Entry<Event>[];
  /** Articles whose frontmatter validated. */
  articles: (Entry<Article> & ArticleFiles)[];
  /** Every article folder, valid or not. */
  articleFolders: ArticleFiles[];
  /** Ids of every entity and event file, valid or not (a reference to a file with problems of its own is not reported twice). */
  entityFiles: Set<string>;
  eventFiles: Set<string>;
  problems: Problem[];
}

/** The collections: each a folder of content/. */
export const COLLECTIONS = ['articles', 'entities', 'events'] as const;

const DATA_FILE = /^(.+)\.ya?ml$/;
const ARTICLE_FILES = new Set(['index.mdx', 'original.md']);

/** Reads and validates everything under `<root>/content/`. Never throws for a content problem. */
export async function readContent(root: string): Promise<ContentRead> {
  const problems: Problem[] = [];
  const content = path.join(root, CONTENT_DIR);
  const top = await kindOf(content);
  const read: ContentRead = { entities: [], events: [], articles: [], articleFolders: [], entityFiles: new Set(), eventFiles: new Set(), problems };
  if (top === 'missing') return read;
  const topProblem = kindProblem(CONTENT_DIR, top, 'dir');
  if (topProblem) return { ...read, problems: [topProblem] };

  const folders = await listContentDir(root, content, {
    kind: 'dir',
    name: (n) => (COLLECTIONS as readonly string[]).includes(n),
    what: `content/ holds only the folders ${COLLECTIONS.join(', ')}`,
    hint: 'move it out of content/',
  });
  problems.push(...folders.problems);
  const [entities, events, articles] = await Promise.all([
    folders.names.includes('entities') ? readData<Entity>(root, 'entities', entitySchema, read.entityFiles) : empty<Entity>(),
    folders.names.includes('events') ? readData<Event>(root, 'events', eventSchema, read.eventFiles) : empty<Event>(),
    folders.names.includes('articles') ? readArticles(root) : Promise.resolve({ folders: [] as ArticleFiles[], problems: [] as Problem[] }),
  ]);
  read.entities = entities.entries;
  read.events = events.entries;
  read.articleFolders = articles.folders;
  read.articles = articles.folders.filter((a): a is Entry<Article> & ArticleFiles => a.data !== undefined);
  problems.push(...entities.problems, ...events.problems, ...articles.problems);
  return read;
}

const empty = async <T>() => ({ entries: [] as Entry<T>[], problems: [] as Problem[] });

/** Runs `fn`; a thrown error becomes a problem naming the file instead of a stack trace. */
async function guarded<T>(file: string, problems: Problem[], fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    problems.push({
      file,
      field: 'file',
      message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'check the file; if it looks right, report this with the file attached',
    });
    return undefined;
  }
}

async function readData<T>(root: string, folder: string, schema: typeof entitySchema | typeof eventSchema, ids: Set<string>) {
  const dir = path.join(root, CONTENT_DIR, folder);
  const problems: Problem[] = [];
  const entries: Entry<T>[] = [];
  const listing = await listContentDir(root, dir, {
    kind: 'file',
    name: (n) => DATA_FILE.test(n),
    what: `entries in content/${folder}/ are .yaml files`,
    hint: 'rename it to <id>.yaml or move it out of content/',
  });
  problems.push(...listing.problems);
  // A refused file (a link, say) still names an id: references to it are not reported a second time.
  for (const name of listing.refused) {
    const id = DATA_FILE.exec(name)?.[1];
    if (id) ids.add(id);
  }
  const seen = new Map<string, string>();
  const names = listing.names.filter((name) => {
    const id = DATA_FILE.exec(name)![1]!;
    const file = `${CONTENT_DIR}/${folder}/${name}`;
    const issue = idIssue(id);
    if (issue)
      problems.push({ file, field: 'id', message: `the file name "${id}" is not a valid id: ${issue}`, hint: 'the file name is the id, e.g. nyc-doe.yaml' });
    const twin = seen.get(id);
    if (twin) {
      problems.push({
        file,
        field: 'id',
        message: `duplicate id "${id}": ${twin} has the same id`,
        hint: 'ids must be unique; rename or merge one of the files',
      });
      return false;
    }
    seen.set(id, file);
    ids.add(id);
    return true;
  });
  const texts = await mapLimited(names, (name) => readContentFile(root, path.join(dir, name)));
  for (const [i, name] of names.entries()) {
    const id = DATA_FILE.exec(name)![1]!;
    const filePath = `${CONTENT_DIR}/${folder}/${name}`;
    const text = texts[i]!;
    if (text.problem) {
      problems.push(text.problem);
      continue;
    }
    await guarded(filePath, problems, async () => {
      const parsed = validateYaml(text.text, schema, filePath);
      problems.push(...parsed.problems);
      if (parsed.data !== undefined) entries.push({ id, filePath, data: parsed.data as T, lineOf: parsed.lineOf });
    });
  }
  return { entries, problems };
}

async function readArticles(root: string): Promise<{ folders: ArticleFiles[]; problems: Problem[] }> {
  const dir = path.join(root, CONTENT_DIR, 'articles');
  const problems: Problem[] = [];
  const listing = await listContentDir(root, dir, {
    kind: 'dir',
    name: () => true,
    what: 'articles live in folders, not loose files',
    hint: 'move it to content/articles/<slug>/index.mdx',
  });
  problems.push(...listing.problems);
  const folders = await mapLimited(listing.names, async (name): Promise<ArticleFiles | undefined> => {
    const folder = path.join(dir, name);
    const rel = relativeTo(root, folder);
    const issue = idIssue(name);
    if (issue)
      problems.push({
        file: rel,
        field: 'slug',
        message: `the folder name "${name}" is not a valid slug: ${issue}`,
        hint: 'the folder name is the slug, e.g. bisnis-taiwan-bans-zoom',
      });
    // /articles/page/<n>/ holds the pages of the article list (src/lib/paging.ts).
    if (name === 'page')
      problems.push({
        file: rel,
        field: 'slug',
        message: 'the folder name "page" is reserved: /articles/page/ holds the pages of the article list',
        hint: 'choose another slug, e.g. one that starts with the outlet: bisnis-taiwan-bans-zoom',
      });
    const files = await listContentDir(root, folder, {
      kind: 'file',
      name: (n) => ARTICLE_FILES.has(n),
      what: 'an article folder holds only index.mdx (the translation) and original.md (the original)',
      hint: 'remove it or move it out of content/',
    });
    problems.push(...files.problems);
    const filePath = `${rel}/index.mdx`;
    const originalPath = `${rel}/original.md`;
    const readIf = (n: string): Promise<Read | undefined> =>
      files.names.includes(n) ? readContentFile(root, path.join(folder, n)) : Promise.resolve(undefined);
    const [mdx, original] = await Promise.all([readIf('index.mdx'), readIf('original.md')]);
    for (const r of [mdx, original]) if (r?.problem) problems.push(r.problem);
    const article: ArticleFiles = {
      id: name,
      filePath,
      originalPath,
      source: mdx?.text,
      original: original?.text,
      originalParagraphs: original?.text === undefined ? undefined : splitParagraphs(original.text),
      originalRefused: files.refused.includes('original.md') || original?.problem !== undefined,
      lineOf: () => 1,
    };
    if (!mdx) {
      if (!files.problems.some((p) => p.file === filePath))
        problems.push({
          file: rel,
          field: 'index.mdx',
          message: 'the folder has no index.mdx (the translation)',
          hint: 'run npm run new:article, or add index.mdx',
        });
      return undefined;
    }
    if (mdx.text === undefined) return undefined;
    await guarded(filePath, problems, async () => {
      const fm = frontmatterBlock(mdx.text);
      if (fm === undefined) {
        problems.push({
          file: filePath,
          line: 1,
          field: 'frontmatter',
          message: 'the file does not start with a frontmatter block between --- lines',
          hint: 'copy the frontmatter of an existing article',
        });
        return;
      }
      const parsed = validateYaml(fm, articleSchema, filePath, 1);
      problems.push(...parsed.problems);
      article.data = parsed.data;
      article.raw = parsed.raw;
      article.lineOf = parsed.lineOf;
    });
    return article;
  });
  return { folders: folders.filter((f): f is ArticleFiles => f !== undefined), problems };
}

/** `fn` over every item, at most `limit` at a time (thousands of files at once would run out of handles). */
export async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, limit = 32): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const SHARED = Symbol.for('lintas.content-read');
type Shared = Map<string, Promise<ContentRead>>;
const shared = (): Shared => ((globalThis as { [SHARED]?: Shared })[SHARED] ??= new Map());

/**
 * The content of `root`, read once per process and shared (through globalThis, so that Astro's
 * loaders, which run in Vite's module graph, see the read the content check made in the integration).
 */
export function sharedContent(root: string): Promise<ContentRead> {
  const key = path.resolve(root);
  let read = shared().get(key);
  if (!read) {
    read = readContent(key);
    shared().set(key, read);
  }
  return read;
}

/**
 * The build's (or the dev server's) one shared read, for code that runs inside Astro's module graph
 * and does not know the root (src/lib/content.ts): the read of the only root this process has read.
 */
export function currentContent(): Promise<ContentRead> | undefined {
  const reads = [...shared().values()];
  return reads.length === 1 ? reads[0] : undefined;
}

/** Forgets the shared read (a file changed in `astro dev`), so the next call reads again. */
export function forgetContent(root: string): void {
  shared().delete(path.resolve(root));
}
