/**
 * `npm run new:article`, `npm run new:entity`, `npm run new:event`: start a new content entry.
 * Every value can be given as a flag (after `--`: npm run new:article -- --url https://…); in a
 * terminal, missing ones are asked for; otherwise the command fails naming the missing flags.
 * Writes only new files and never overwrites: an existing folder, id or original URL stops it.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readContent } from '../src/reader/read-content.ts';
import { fieldsFor, invalidValues, isEmpty, kinds, missingFlags, pairedFlagErrors, type FieldSpec, type Kind, type Values } from '../src/scaffold/fields.ts';
import { defaultArticleSlug, originalUrlKey } from '../src/scaffold/slug.ts';
import { articleIndexMdx, articleOriginalMd, entityYaml, eventYaml, nextSteps } from '../src/scaffold/templates.ts';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = path.join(root, 'content');
const relative = (p: string) => path.relative(root, p).split(path.sep).join('/');

class UsageError extends Error {}

const dataFile = (dir: string, id: string) => ['yaml', 'yml'].map((ext) => path.join(contentDir, dir, `${id}.${ext}`)).find((f) => existsSync(f));

async function main(): Promise<void> {
  const kind = process.argv[2] as Kind | undefined;
  if (!kind || !kinds.includes(kind)) throw new UsageError(`usage: node scripts/new.ts <${kinds.join('|')}> [--flags]  (or npm run new:article -- --url …)`);
  const specs = fieldsFor(kind, { entityExists: (id) => dataFile('entities', id) !== undefined });
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: {
      ...Object.fromEntries(specs.map((s) => [s.flag, { type: 'string' as const, multiple: s.multiple ?? false }])),
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage(kind, specs));
    return;
  }
  const parsed = values as Record<string, string | string[] | boolean | undefined>;
  const given: Values = Object.fromEntries(specs.map((s) => [s.flag, parsed[s.flag] as string | string[] | undefined]));

  const errors = [...invalidValues(specs, given), ...pairedFlagErrors(kind, given)];
  if (errors.length) throw new UsageError(errors.join('\n'));
  const missing = missingFlags(specs, given);
  if (missing.length) {
    if (!process.stdin.isTTY) {
      throw new UsageError(
        `missing ${missing.join(', ')} (give them as flags, e.g. npm run new:${kind} -- ${missing.map((f) => `${f} "…"`).join(' ')}, or run it in a terminal to be asked)\n\n${usage(kind, specs)}`,
      );
    }
    await ask(specs, given);
    const paired = pairedFlagErrors(kind, given);
    if (paired.length) throw new UsageError(`${paired.join('\n')}\nnothing was written`);
  }

  const files = kind === 'article' ? await newArticle(given) : kind === 'entity' ? await newEntity(given) : await newEvent(given);
  console.log(nextSteps(kind, files.map(relative)));
}

/** Asks for every value not given yet (optional ones may be left empty), re-asking until each passes its check. */
async function ask(specs: FieldSpec[], values: Values): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const spec of specs) {
      if (!isEmpty(values[spec.flag]) || spec.flag === 'slug') continue;
      for (;;) {
        const answer = (await rl.question(`${spec.prompt} (e.g. ${spec.example})${spec.required ? '' : ' [optional]'}: `)).trim();
        if (!answer && !spec.required) break;
        const error = answer ? spec.check?.(answer) : 'is required';
        if (!error) {
          values[spec.flag] = spec.multiple ? [answer] : answer;
          break;
        }
        console.error(`  ${error}`);
      }
    }
  } finally {
    rl.close();
  }
}

async function newArticle(v: Values): Promise<string[]> {
  const [url, outlet, title, date, lang] = (['url', 'outlet', 'title', 'date', 'lang'] as const).map((k) => v[k] as string);
  const slug = (v.slug as string | undefined) ?? defaultArticleSlug(outlet!, title!);
  if (!slug) throw new UsageError('the title has no Latin letters to make a folder name from: give one with --slug, e.g. --slug cna-taiwan-bans-zoom');
  const dir = path.join(contentDir, 'articles', slug);
  if (existsSync(dir)) throw new UsageError(`${relative(dir)} already exists: choose another --slug, or edit the existing article`);
  const twin = await articleWithUrl(url!);
  if (twin) throw new UsageError(`${twin} already translates ${url}: one article per original; update that translation instead`);
  const index = path.join(dir, 'index.mdx');
  const original = path.join(dir, 'original.md');
  const authors = ((v.author as string[] | undefined) ?? []).map((a) => a.trim());
  await mkdir(dir, { recursive: true });
  await writeFile(index, articleIndexMdx({ url: url!, outlet: outlet!, title: title!.trim(), date: date!, lang: lang!, authors, today: localDay() }), {
    flag: 'wx',
  });
  await writeFile(original, articleOriginalMd(), { flag: 'wx' });
  return [index, original];
}

async function newEntity(v: Values): Promise<string[]> {
  const id = v.id as string;
  const file = await createDataFile(
    'entities',
    id,
    entityYaml({ name: (v.name as string).trim(), type: v.type as string, country: v.country as string | undefined }),
  );
  return [file];
}

async function newEvent(v: Values): Promise<string[]> {
  const id = v.id as string;
  const subject = (v.subject as string | undefined) ?? (dataFile('entities', 'zoom') ? 'zoom' : undefined);
  const yaml = eventYaml({
    title: (v.title as string).trim(),
    date: v.date as string,
    actor: v.actor as string,
    action: v.action as string,
    subject,
    sourceUrl: v['source-url'] as string | undefined,
    sourceOutlet: (v['source-outlet'] as string | undefined)?.trim(),
    sourceDate: (v['source-date'] as string | undefined) || undefined,
    sourceAccessed: (v['source-accessed'] as string | undefined) || undefined,
  });
  return [await createDataFile('events', id, yaml)];
}

async function createDataFile(dir: string, id: string, text: string): Promise<string> {
  const existing = dataFile(dir, id);
  if (existing) throw new UsageError(`${relative(existing)} already exists: choose another --id, or edit the existing file`);
  const file = path.join(contentDir, dir, `${id}.yaml`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text, { flag: 'wx' });
  return file;
}

/** The article (its index.mdx, relative) whose originalUrl is the same page as `url`, if any (read by the content reader). */
async function articleWithUrl(url: string): Promise<string | undefined> {
  const { articleFolders } = await readContent(root);
  const key = originalUrlKey(url);
  return articleFolders.find((a) => {
    // A broken frontmatter is the content check's business; a readable originalUrl still counts.
    const other = a.data?.originalUrl ?? (a.raw as { originalUrl?: unknown } | undefined)?.originalUrl;
    return typeof other === 'string' && originalUrlKey(other) === key;
  })?.filePath;
}

function localDay(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function usage(kind: Kind, specs: FieldSpec[]): string {
  const lines = specs.map((s) => `  --${s.flag.padEnd(14)} ${s.required ? '(required) ' : ''}${s.prompt}, e.g. ${JSON.stringify(s.example)}`);
  return `npm run new:${kind} -- [flags]\n${lines.join('\n')}`;
}

try {
  await main();
} catch (error) {
  if ((error as { code?: string }).code === 'ABORT_ERR') {
    console.error(`\nnew:${process.argv[2] ?? ''}: cancelled, nothing was written`);
    process.exit(130);
  }
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(
      (error as Error).message
        .split('\n')
        .map((line) => (line ? `new:${process.argv[2] ?? ''}: ${line}` : line))
        .join('\n'),
    );
    process.exit(2);
  }
  throw error;
}
