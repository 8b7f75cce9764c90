/**
 * The content check: every problem in content/ at once, as `file:line  field: problem (hint)`.
 * Run by `npm run check` and before every build (src/integrations/content-check.ts). Never writes.
 * Only for use in Node.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { articleSchema, type Article } from '../schemas/article.ts';
import { entitySchema, type Entity } from '../schemas/entity.ts';
import { eventSchema, type Event } from '../schemas/event.ts';
import { idPattern } from '../schemas/common.ts';
import { splitParagraphs } from '../lib/paragraphs.ts';
import { firstDay } from '../lib/dates.ts';
import { checkArticleMdx } from './check-mdx.ts';
import { frontmatterBlock } from './frontmatter.ts';
import { mapLimited, readText } from './read-files.ts';
import { validateYaml } from './validate-yaml.ts';
import type { Problem } from './problem.ts';

export { formatProblems } from './problem.ts';

export interface CheckOptions {
  /** Drafts count as existing (astro dev); in production a reference to a draft is an error. */
  includeDrafts: boolean;
  /** "Today" for the no-future-dates rule, YYYY-MM-DD (tests pin it). */
  today?: string;
}

interface Item<T> {
  id: string;
  file: string;
  data: T;
  lineOf: (p: readonly PropertyKey[]) => number | undefined;
}

const DATA_EXT = /\.ya?ml$/;

export async function checkContent(root: string, options: CheckOptions): Promise<Problem[]> {
  const problems: Problem[] = [];
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  // Ids of every entry file, valid or not: a reference to a file with problems of its own is not reported again.
  const entityFiles = new Set<string>();
  const eventFiles = new Set<string>();
  const entities = await readDataDir<Entity>(path.join(root, 'content/entities'), entitySchema, rel, problems, entityFiles);
  const events = await readDataDir<Event>(path.join(root, 'content/events'), eventSchema, rel, problems, eventFiles);
  const entityIds = idsOf(entities, options);
  const eventIds = idsOf(events, options);
  const drafts = new Set([...entities, ...events].filter((i) => i.data.draft).map((i) => i.id));

  const refProblem = (item: Item<unknown>, field: (string | number)[], id: string, kind: 'entity' | 'event', dir: string): void => {
    const known = kind === 'entity' ? entityIds : eventIds;
    if (known.has(id)) return;
    const isDraft = drafts.has(id);
    if (isDraft && (item.data as { draft?: boolean }).draft) return; // a draft may refer to a draft: neither is published
    if (!isDraft && (kind === 'entity' ? entityFiles : eventFiles).has(id)) return; // its own file's problems are reported
    problems.push({
      file: item.file,
      line: item.lineOf(field),
      field: fieldName(field),
      message: isDraft ? `${kind} "${id}" is a draft, so it is not published` : `no ${kind} "${id}"`,
      hint: isDraft ? `publish it (draft: false) or remove the reference` : `add content/${dir}/${id}.yaml or fix the id`,
    });
  };

  for (const e of entities) {
    if (e.data.parent !== undefined) refProblem(e, ['parent'], e.data.parent, 'entity', 'entities');
    if (e.data.parent === e.id) problems.push({ file: e.file, line: e.lineOf(['parent']), field: 'parent', message: 'an entity cannot be its own parent' });
    e.data.sources.forEach((s, i) => futureDate(e, ['sources', i, 'date'], s.date));
  }

  const eventById = new Map(events.map((e) => [e.id, e]));
  for (const ev of events) {
    const d = ev.data;
    const actorField = (i: number) => (Array.isArray(rawActor(ev)) ? ['actor', i] : ['actor']);
    d.actor.forEach((a, i) => refProblem(ev, actorField(i), a, 'entity', 'entities'));
    if (d.subject !== undefined) refProblem(ev, ['subject'], d.subject, 'entity', 'entities');
    futureDate(ev, ['date'], d.date);
    futureDate(ev, ['reported'], d.reported);
    d.sources.forEach((s, i) => futureDate(ev, ['sources', i, 'date'], s.date));
    futureDate(ev, ['updated'], d.updated);
    d.corrections.forEach((c, i) => futureDate(ev, ['corrections', i, 'date'], c.date));
    if (d.date && d.reported && firstDay(d.reported) < firstDay(d.date)) {
      problems.push({ file: ev.file, line: ev.lineOf(['reported']), field: 'reported', message: `reported on ${d.reported}, before the measure itself (${d.date})`, hint: 'a measure is reported on or after the day it is taken; check both dates' });
    }
    if (d.reverses !== undefined) {
      if (d.reverses === ev.id) problems.push({ file: ev.file, line: ev.lineOf(['reverses']), field: 'reverses', message: 'an event cannot reverse itself' });
      else refProblem(ev, ['reverses'], d.reverses, 'event', 'events');
      const reversed = eventById.get(d.reverses);
      const when = d.date ?? d.reported;
      const reversedWhen = reversed ? (reversed.data.date ?? reversed.data.reported) : undefined;
      if (when && reversedWhen && firstDay(when) < firstDay(reversedWhen)) {
        problems.push({ file: ev.file, line: ev.lineOf(['date']), field: 'date', message: `the reversal (${when}) is dated before the event it reverses, ${d.reverses} (${reversedWhen})`, hint: 'a reversal comes after what it reverses; check both dates' });
      }
    }
  }

  const articlesDir = path.join(root, 'content/articles');
  const seenUrls = new Map<string, string>();
  const articleNames = await listDir(articlesDir);
  // Read every article's files up front, many at a time: one by one, the check spent much of its time
  // waiting on the disk (BENCHMARKS.md). Each file is still read and parsed once.
  const isDir = await mapLimited(articleNames, (name) => stat(path.join(articlesDir, name)).then((s) => s.isDirectory(), () => false));
  const texts = await mapLimited(articleNames.flatMap((name) => [path.join(articlesDir, name, 'index.mdx'), path.join(articlesDir, name, 'original.md')]), readText);
  for (const [i, name] of articleNames.entries()) {
    const dir = path.join(articlesDir, name);
    if (!isDir[i]) {
      problems.push({ file: rel(dir), field: 'file', message: 'articles live in folders, not loose files', hint: `move it to content/articles/<slug>/index.mdx` });
      continue;
    }
    if (!idPattern.test(name)) problems.push({ file: rel(dir), field: 'slug', message: `folder name "${name}" is not a valid slug`, hint: 'use lower-case letters, digits and single hyphens, e.g. bisnis-taiwan-bans-zoom' });
    // /articles/page/<n>/ holds the pages of the article list (src/lib/paging.ts).
    if (name === 'page') problems.push({ file: rel(dir), field: 'slug', message: 'folder name "page" is reserved: /articles/page/ holds the pages of the article list', hint: 'choose another slug, e.g. one that starts with the outlet: bisnis-taiwan-bans-zoom' });
    const mdxPath = path.join(dir, 'index.mdx');
    const originalPath = path.join(dir, 'original.md');
    const source = texts[2 * i];
    if (source === undefined) {
      problems.push({ file: rel(dir), field: 'index.mdx', message: 'the folder has no index.mdx (the translation)', hint: 'run npm run new:article, or add index.mdx' });
      continue;
    }
    const file = rel(mdxPath);
    const fm = frontmatterBlock(source);
    if (fm === undefined) {
      problems.push({ file, line: 1, field: 'frontmatter', message: 'the file does not start with a frontmatter block between --- lines', hint: 'copy the frontmatter of an existing article' });
      continue;
    }
    const parsed = validateYaml(fm, articleSchema, file, 1);
    problems.push(...parsed.problems);
    const originalText = texts[2 * i + 1];
    const original = originalText === undefined ? undefined : splitParagraphs(originalText);
    const data = parsed.data as Article | undefined;
    const mdx = checkArticleMdx(source, { file, original, originalFile: rel(originalPath), frontmatterEntities: data?.entities ?? [], knownEntities: entityFiles });
    problems.push(...mdx.problems);
    if (!data || (data.draft && !options.includeDrafts)) continue;
    const item: Item<Article> = { id: name, file, data, lineOf: parsed.lineOf };
    refProblem(item, ['outlet'], data.outlet, 'entity', 'entities');
    data.entities.forEach((id, i) => refProblem(item, ['entities', i], id, 'entity', 'entities'));
    data.events.forEach((id, i) => refProblem(item, ['events', i], id, 'event', 'events'));
    futureDate(item, ['published'], data.published.slice(0, 10));
    futureDate(item, ['translated'], data.translated);
    futureDate(item, ['updated'], data.updated);
    data.corrections.forEach((c, i) => futureDate(item, ['corrections', i, 'date'], c.date));
    if (data.translated < firstDay(data.published.slice(0, 10))) {
      problems.push({ file, line: parsed.lineOf(['translated']), field: 'translated', message: `the translation date ${data.translated} is before the original was published`, hint: 'check both dates' });
    }
    const url = normaliseUrl(data.originalUrl);
    const other = seenUrls.get(url);
    if (other) problems.push({ file, line: parsed.lineOf(['originalUrl']), field: 'originalUrl', message: `the same original is already translated in ${other}`, hint: 'one article per original: update the existing translation instead' });
    else seenUrls.set(url, file);
  }

  return problems;

  function futureDate(item: Item<unknown>, field: (string | number)[], date: string | undefined) {
    if (date && firstDay(date) > today) {
      problems.push({ file: item.file, line: item.lineOf(field), field: fieldName(field), message: `${date} is in the future`, hint: 'only events that have happened are published; check the year' });
    }
  }
}

function rawActor(item: Item<Event>): unknown {
  return item.data.actor.length > 1 ? item.data.actor : item.data.actor[0];
}

function idsOf(items: Item<{ draft: boolean }>[], options: CheckOptions): Set<string> {
  return new Set(items.filter((i) => options.includeDrafts || !i.data.draft).map((i) => i.id));
}

function fieldName(field: (string | number)[]): string {
  return field.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}

function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}`.toLowerCase();
  } catch {
    return url;
  }
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch {
    return [];
  }
}

async function readDataDir<T>(dir: string, schema: Parameters<typeof validateYaml>[1], rel: (p: string) => string, problems: Problem[], ids: Set<string>): Promise<Item<T>[]> {
  const items: Item<T>[] = [];
  const seen = new Map<string, string>();
  const names = await listDir(dir);
  const texts = await mapLimited(names, (name) => (DATA_EXT.test(name) ? readText(path.join(dir, name)) : Promise.resolve(undefined)));
  for (const [i, name] of names.entries()) {
    const full = path.join(dir, name);
    const file = rel(full);
    if (!DATA_EXT.test(name)) {
      problems.push({ file, field: 'file', message: 'is not read: entries are .yaml files', hint: 'rename it to <id>.yaml or move it out of content/' });
      continue;
    }
    const id = name.replace(DATA_EXT, '');
    if (!idPattern.test(id)) {
      problems.push({ file, field: 'id', message: `file name "${id}" is not a valid id`, hint: 'the file name is the id: lower-case letters, digits and single hyphens, e.g. nyc-doe.yaml' });
    }
    const twin = seen.get(id);
    if (twin) {
      problems.push({ file, field: 'id', message: `duplicate id "${id}": ${twin} has the same id`, hint: 'ids must be unique; rename or merge one of the files' });
      continue;
    }
    seen.set(id, file);
    ids.add(id);
    const text = texts[i];
    if (text === undefined) {
      problems.push({ file, field: 'file', message: 'could not be read', hint: 'check the file is a readable text file' });
      continue;
    }
    const parsed = validateYaml(text, schema, file);
    problems.push(...parsed.problems);
    if (parsed.data !== undefined) items.push({ id, file, data: parsed.data as T, lineOf: parsed.lineOf });
  }
  return items;
}
