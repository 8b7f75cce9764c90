/**
 * The content check: every problem in content/ at once, as `file:line  field: problem (hint)`.
 * Run by `npm run check`, before every build and in `astro dev` (src/integrations/content-check.ts).
 * Never writes. The content reader (src/reader/) finds the problems of single files; this adds the
 * rules that span files: references, cycles, the MDX body against its original, dates in order.
 * Only for use in Node.
 */
import { firstDay } from '../lib/dates.ts';
import { originalUrlKey } from '../lib/content-ids.ts';
import { dialectOf, readContent, type ContentRead, type Entry } from '../reader/read-content.ts';
import { checkArticleMdx, forgetPositions } from './check-mdx.ts';
import { fieldPath, type Problem } from './problem.ts';

export { formatProblems } from './problem.ts';

export interface CheckOptions {
  /** Drafts count as existing (astro dev); in production a reference to a draft is an error. */
  includeDrafts: boolean;
  /** "Today" for the no-future-dates rule, YYYY-MM-DD (tests pin it). */
  today?: string;
  /** A read already made (the build shares one read of content/); read afresh when absent. */
  read?: ContentRead;
}

type Field = (string | number)[];

export async function checkContent(root: string, options: CheckOptions): Promise<Problem[]> {
  const read = options.read ?? (await readContent(root));
  const problems: Problem[] = [...read.problems];
  try {
    crossCheck(read, options, problems);
  } catch (error) {
    // A rule that trips over something unforeseen must still end in a report, not a stack trace.
    problems.push({
      file: 'content',
      field: 'check',
      message: `the content check stopped early: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'fix the problems above first; if none are listed, report this',
    });
  }
  return problems;
}

function crossCheck(read: ContentRead, options: CheckOptions, problems: Problem[]): void {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { entities, events } = read;
  const live = <T extends { data: { draft: boolean } }>(items: T[]) => items.filter((i) => options.includeDrafts || !i.data.draft);
  const entityIds = new Set(live(entities).map((e) => e.id));
  const eventIds = new Set(live(events).map((e) => e.id));
  const drafts = new Set([...entities, ...events].filter((i) => i.data.draft).map((i) => i.id));
  const add = (item: { filePath: string; lineOf: (p: readonly PropertyKey[]) => number }, field: Field, message: string, hint?: string) =>
    problems.push({ file: item.filePath, line: item.lineOf(field), field: fieldPath(field), message, hint });

  const ref = (item: Entry<{ draft: boolean }>, field: Field, id: string, kind: 'entity' | 'event') => {
    if ((kind === 'entity' ? entityIds : eventIds).has(id)) return;
    const isDraft = drafts.has(id);
    if (isDraft && item.data.draft) return; // a draft may refer to a draft: neither is published
    if (!isDraft && (kind === 'entity' ? read.entityFiles : read.eventFiles).has(id)) return; // its own file's problems are reported
    const dir = kind === 'entity' ? 'entities' : 'events';
    add(
      item,
      field,
      isDraft ? `${kind} "${id}" is a draft, so it is not published` : `no ${kind} "${id}"`,
      isDraft ? 'publish it (draft: false) or remove the reference' : `add content/${dir}/${id}.yaml or fix the id`,
    );
  };
  const future = (item: Entry<unknown>, field: Field, date: string | undefined) => {
    if (date && firstDay(date) > today) add(item, field, `${date} is in the future`, 'only events that have happened are published; check the year');
  };

  for (const e of entities) {
    if (e.data.parent === e.id) add(e, ['parent'], 'an entity cannot be its own parent', 'remove "parent" or name the entity it belongs to');
    else if (e.data.parent !== undefined) ref(e, ['parent'], e.data.parent, 'entity');
    e.data.sources.forEach((s, i) => future(e, ['sources', i, 'date'], s.date));
  }
  const parentOf = new Map(entities.flatMap((e) => (e.data.parent && e.data.parent !== e.id ? [[e.id, e.data.parent] as const] : [])));
  for (const cycle of cycles(parentOf)) {
    const first = entities.find((e) => e.id === cycle[0])!;
    add(
      first,
      ['parent'],
      `the parents go round in a circle: ${[...cycle, cycle[0]].join(' → ')}`,
      'an entity cannot be inside itself; remove "parent" from one of these files',
    );
  }

  const eventById = new Map(events.map((e) => [e.id, e]));
  const reversesOf = new Map(events.flatMap((e) => (e.data.reverses && e.data.reverses !== e.id ? [[e.id, e.data.reverses] as const] : [])));
  const reversalCycles = cycles(reversesOf);
  const inCycle = new Set(reversalCycles.flat());
  for (const ev of events) {
    const d = ev.data;
    d.actor.forEach((a, i) => ref(ev, d.actor.length > 1 ? ['actor', i] : ['actor'], a, 'entity'));
    if (d.subject !== undefined) ref(ev, ['subject'], d.subject, 'entity');
    future(ev, ['date'], d.date);
    future(ev, ['reported'], d.reported);
    d.sources.forEach((s, i) => future(ev, ['sources', i, 'date'], s.date));
    future(ev, ['updated'], d.updated);
    d.corrections.forEach((c, i) => future(ev, ['corrections', i, 'date'], c.date));
    if (d.date && d.reported && firstDay(d.reported) < firstDay(d.date)) {
      add(
        ev,
        ['reported'],
        `reported on ${d.reported}, before the measure itself (${d.date})`,
        'a measure is reported on or after the day it is taken; check both dates',
      );
    }
    if (d.reverses === undefined) continue;
    if (d.reverses === ev.id) {
      add(ev, ['reverses'], 'an event cannot reverse itself', 'name the event this one reverses');
      continue;
    }
    ref(ev, ['reverses'], d.reverses, 'event');
    const reversed = eventById.get(d.reverses);
    const when = d.date ?? d.reported;
    const reversedWhen = reversed ? (reversed.data.date ?? reversed.data.reported) : undefined;
    if (when && reversedWhen && firstDay(when) < firstDay(reversedWhen) && !inCycle.has(ev.id)) {
      add(
        ev,
        ['date'],
        `the reversal (${when}) is dated before the event it reverses, ${d.reverses} (${reversedWhen})`,
        'a reversal comes after what it reverses; check both dates',
      );
    }
  }
  for (const cycle of reversalCycles) {
    const first = eventById.get(cycle[0]!)!;
    add(
      first,
      ['reverses'],
      `the reversals go round in a circle: ${[...cycle, cycle[0]].join(' → ')}`,
      'a reversal undoes an earlier measure; remove "reverses" from the one that is not a reversal',
    );
  }

  const seenUrls = new Map<string, string>();
  const knownEntities = new Set([...read.entityFiles]);
  for (const article of read.articleFolders) {
    if (article.source === undefined) continue;
    const raw = article.raw as { entities?: unknown } | undefined;
    const listed =
      article.data?.entities ?? (Array.isArray(raw?.entities) && raw.entities.every((x) => typeof x === 'string') ? (raw.entities as string[]) : undefined);
    const mdx = checkArticleMdx(article.source, {
      file: article.filePath,
      original: article.originalParagraphs,
      originalFile: article.originalPath,
      originalRefused: article.originalRefused,
      dialect: dialectOf(article),
      frontmatterEntities: listed,
      knownEntities,
    });
    problems.push(...mdx.problems);
    // Checked: its line numbers are no longer needed (the page renders the tree without them).
    const dialect = dialectOf(article);
    if (dialect) forgetPositions(dialect.paragraphs);
    const data = article.data;
    if (!data || (data.draft && !options.includeDrafts)) continue;
    const item = { ...article, data, lineOf: article.lineOf };
    ref(item, ['outlet'], data.outlet, 'entity');
    data.entities.forEach((id, i) => ref(item, ['entities', i], id, 'entity'));
    data.events.forEach((id, i) => ref(item, ['events', i], id, 'event'));
    future(item, ['published'], data.published.slice(0, 10));
    future(item, ['translated'], data.translated);
    future(item, ['updated'], data.updated);
    data.corrections.forEach((c, i) => future(item, ['corrections', i, 'date'], c.date));
    if (data.translated < firstDay(data.published.slice(0, 10)))
      add(item, ['translated'], `the translation date ${data.translated} is before the original was published`, 'check both dates');
    const key = originalUrlKey(data.originalUrl);
    const other = seenUrls.get(key);
    if (other)
      add(item, ['originalUrl'], `the same original is already translated in ${other}`, 'one article per original: update the existing translation instead');
    else seenUrls.set(key, article.filePath);
  }
}

/** Every cycle in a map of id -> next id (each node has at most one next), each once, from its smallest id. */
export function cycles(next: Map<string, string>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  for (const start of [...next.keys()].sort()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = next.get(at);
    }
    if (at !== undefined && onPath.has(at)) {
      const cycle = path.slice(onPath.get(at));
      const min = cycle.indexOf([...cycle].sort()[0]!);
      found.push([...cycle.slice(min), ...cycle.slice(0, min)]);
    }
    path.forEach((p) => done.add(p));
  }
  return found;
}
