/**
 * `npm run bench [-- --sizes 500,1000,5000]`: how the build scales with the archive.
 *
 * For each N it writes a synthetic corpus outside content/, in .bench/<N>/ (gitignored): N articles of
 * about 600 words in MDX (paragraphs only, entity mentions, notes and claim checks at paragraph ends,
 * an original.md with the same number of paragraphs), N/5 entities and 2N events. It copies the
 * project's code into .bench/<N>/site (src, public, scripts, config; node_modules symlinked) and runs
 * the real build there (`node scripts/build.ts`: content check, pages, data files, search index). In
 * the same run it builds a bare Astro site of the same MDX articles (default config + @astrojs/mdx,
 * one page each, a trivial layout) as the baseline. Wall time and peak RSS come from GNU time
 * (`/usr/bin/time -v`, `apt-get install -y time`); without it peak RSS is reported as "n/a".
 *
 * Cold by default: each bench site starts with an empty Open Graph image cache (its node_modules/.cache
 * is its own, and deleted with the site), so every card is rendered. `--warm` first runs one untimed
 * build of each site (Lintas, then bare) to fill their caches, changes one paragraph of one article,
 * then times a second build of each: what a rebuild after an editor's small edit costs. The table
 * says which was measured.
 *
 * Deleting is deferred: on ext4 without a journal (this machine's disk), every file created in the
 * 60 s after thousands were deleted (360 s while their inode table blocks are dirty, and creating
 * files dirties them again) makes the kernel skip over those recently deleted inodes first, holding
 * its folder's lock (`recently_deleted` in fs/ext4/ialloc.c). A bench that deleted the last size's
 * site just before timing the next build charged that build for its own cleanup (in `perf`, the
 * threads creating one N = 1,000 build's files used 4.9 s of CPU, most of it there), and the build
 * that ran first (Lintas, which creates 3.6 times as many files as bare) paid most. So sites are deleted only after the last size; sites an
 * earlier run left are deleted first; the bench then waits until --settle seconds (default 360,
 * 0 to skip) have passed since the last delete, its own or an earlier run's (with --warm, again
 * before the bare rebuild: the Lintas rebuild deletes its old dist/ as it ends); and each timed build
 * starts after a `sync`, so it does not pay to write back what the bench wrote before it. Every
 * size's site stays on disk until the last is measured (~1.4 GB for 1,000, 2,000 and 5,000). Both
 * builds run with the Lintas build's allocator settings (scripts/lib/allocator-env.ts).
 * Not part of `npm test`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { withAllocatorEnv } from './lib/allocator-env.ts';
import { NO_CHROMIUM, resolveChromium } from './lib/chromium.ts';
import { measureFirstSearch, type FirstSearch } from './lib/first-search.ts';

const root = path.resolve(import.meta.dirname, '..');
const benchRoot = path.join(root, '.bench');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';

const warm = process.argv.slice(2).includes('--warm');
/** `--keep`: leave the synthetic site (and its dist/) in .bench/<N>/site, e.g. to run the link check on it. */
const keep = process.argv.slice(2).includes('--keep');
/** `--no-bare`: skip the bare Astro baseline (ratio reported as n/a), e.g. to measure only the first search. */
const noBare = process.argv.slice(2).includes('--no-bare');

/** `--settle <s>`: the pause after deleting an earlier run's sites, before timing (see above). */
function settleFromArgs(): number {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === '--settle' || a.startsWith('--settle='));
  if (i < 0) return 360;
  const raw = (args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1]) ?? '';
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error('bench: --settle takes a number of seconds >= 0, e.g. --settle 360');
    process.exit(2);
  }
  return value;
}

function sizesFromArgs(): number[] {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
  const raw = i < 0 ? '500,1000,5000' : args[i]!.includes('=') ? args[i]!.split('=')[1]! : args[i + 1];
  const sizes = (raw ?? '').split(',').map((s) => Number(s.trim()));
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 5)) {
    console.error('bench: --sizes takes whole numbers >= 5 separated by commas, e.g. --sizes 500,1000');
    process.exit(2);
  }
  return sizes;
}

// ---------------------------------------------------------------- synthetic corpus

/** A small deterministic PRNG, so every run writes the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS = (
  'government agencies security video conference meeting software researchers ministry schools ' +
  'teachers privacy encryption servers data company employees policy decision officials statement report ' +
  'users platform service remote learning pandemic warning advice risk network access review contract ' +
  'domestic alternative international security experts analysts spokesperson department regulators week'
).split(' ');
/**
 * The originals are Indonesian, as the archive's are: their words are not the translation's (before
 * 2026-11-28 the synthetic originals reused WORDS, which doubled every English word's postings in the
 * search index; BENCHMARKS.md gives first-search numbers for both corpora).
 */
const ORIGINAL_WORDS = (
  'pemerintah instansi keamanan video konferensi rapat perangkat lunak peneliti kementerian sekolah ' +
  'guru privasi enkripsi server data perusahaan karyawan kebijakan keputusan pejabat pernyataan laporan ' +
  'pengguna platform layanan jarak jauh pembelajaran pandemi peringatan saran risiko jaringan akses ' +
  'tinjauan kontrak domestik alternatif internasional ahli analis juru bicara departemen regulator pekan'
).split(' ');
const ID_WORDS = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda sigma omega north south east west central'.split(' ');
const TYPES = ['state', 'government-body', 'ministry', 'military', 'legislature', 'regulator', 'company', 'school-system', 'research-group', 'person'];
const COUNTRIES = ['US', 'TW', 'SG', 'DE', 'GB', 'AU', 'IN', 'PH', 'ID', 'CH', 'CA', 'FR', 'JP'];
const ACTIONS = ['ban', 'restriction', 'advisory', 'suspension', 'report'];
const VERDICTS = ['imprecise', 'accurate'];

function sentence(r: () => number, n: number, vocabulary: readonly string[] = WORDS): string {
  const words = Array.from({ length: n }, () => vocabulary[Math.floor(r() * vocabulary.length)]!);
  const s = words.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

function day(i: number): string {
  const d = new Date(Date.UTC(2020, 0, 1) + (i % 366) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

interface Corpus {
  articles: number;
  entities: number;
  events: number;
}

async function writeCorpus(dir: string, n: number): Promise<Corpus> {
  const r = rng(n);
  const content = path.join(dir, 'content');
  await rm(content, { recursive: true, force: true });
  await mkdir(path.join(content, 'entities'), { recursive: true });
  await mkdir(path.join(content, 'events'), { recursive: true });
  await mkdir(path.join(content, 'articles'), { recursive: true });

  const nEntities = Math.max(3, Math.floor(n / 5));
  const entityIds = ['zoom', 'bench-outlet'];
  const entityFiles: Promise<void>[] = [];
  const entityYaml = (_id: string, name: string, type: string, country: string) =>
    `name: "${name}"\ntype: "${type}"\ncountry: "${country}"\ndescription: "${sentence(r, 24)}"\n`;
  entityFiles.push(writeFile(path.join(content, 'entities/zoom.yaml'), entityYaml('zoom', 'Zoom Video Communications, Inc.', 'company', 'US')));
  entityFiles.push(writeFile(path.join(content, 'entities/bench-outlet.yaml'), entityYaml('bench-outlet', 'Bench Daily', 'news-outlet', 'ID')));
  for (let i = entityIds.length; i < nEntities; i++) {
    const id = `${ID_WORDS[i % ID_WORDS.length]}-entity-${i}`;
    entityIds.push(id);
    const name = `${ID_WORDS[i % ID_WORDS.length]![0]!.toUpperCase()}${ID_WORDS[i % ID_WORDS.length]!.slice(1)} ${TYPES[i % TYPES.length]!.replace('-', ' ')} ${i}`;
    entityFiles.push(writeFile(path.join(content, `entities/${id}.yaml`), entityYaml(id, name, TYPES[i % TYPES.length]!, COUNTRIES[i % COUNTRIES.length]!)));
  }
  await Promise.all(entityFiles);
  const actors = entityIds.slice(2);

  const nEvents = 2 * n;
  const eventIds: string[] = [];
  const eventFiles: Promise<void>[] = [];
  for (let i = 0; i < nEvents; i++) {
    const id = `bench-event-${i}`;
    eventIds.push(id);
    const actor = actors[i % actors.length]!;
    const yaml = [
      `title: "${sentence(r, 6).slice(0, -1)}"`,
      `date: "${day(i)}"`,
      `actor: "${actor}"`,
      'subject: "zoom"',
      `action: "${ACTIONS[i % ACTIONS.length]}"`,
      `summary: "${sentence(r, 30)}"`,
      'sources:',
      '  - outlet: "Bench Wire"',
      `    url: "https://example.org/bench/${i}"`,
      '    language: "en"',
      'confidence: "high"',
      '',
    ].join('\n');
    eventFiles.push(writeFile(path.join(content, `events/${id}.yaml`), yaml));
  }
  await Promise.all(eventFiles);

  const articleFiles: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const slug = `bench-article-${i}`;
    const mentioned = Array.from({ length: 4 }, (_, k) => actors[(i * 7 + k * 13) % actors.length]!);
    const ids = [...new Set(['bench-outlet', 'zoom', ...mentioned])];
    const events = [...new Set([eventIds[(2 * i) % nEvents]!, eventIds[(2 * i + 1) % nEvents]!])];
    const paragraphs: string[] = [];
    const originals: string[] = [];
    // 12 paragraphs of about 50 words = about 600 words, with a mention in each and notes on some.
    for (let p = 0; p < 12; p++) {
      const who = mentioned[p % mentioned.length]!;
      let text = `${sentence(r, 12)} <Entity id="${who}">the ${who.split('-')[0]} office</Entity> ${sentence(r, 14).toLowerCase()} <Entity id="zoom">Zoom</Entity> ${sentence(r, 16).toLowerCase()}`;
      if (p % 4 === 1) text += ` <TranslatorNote on="${who.split('-')[0]} office" original="Kantor">${sentence(r, 20)}</TranslatorNote>`;
      if (p % 4 === 2)
        text += ` <ContextNote on="Zoom" original="Zoom">${sentence(r, 18)} <Cite outlet="Bench Wire" url="https://example.org/context/${i}/${p}" lang="en" /></ContextNote>`;
      if (p === 3)
        text += ` <ClaimCheck claim="${sentence(r, 6).slice(0, -1)}" verdict="${VERDICTS[i % VERDICTS.length]}" original="klaim">${sentence(r, 22)} <Cite outlet="Bench Wire" url="https://example.org/claim/${i}" date="2020-04-07" lang="en" /></ClaimCheck>`;
      paragraphs.push(text);
      originals.push(`${sentence(r, 42, ORIGINAL_WORDS)} Kantor Zoom klaim.`);
    }
    const fm = [
      '---',
      `title: "Bench article ${i}: ${sentence(r, 6).slice(0, -1)}"`,
      `originalTitle: "Artikel uji ${i}"`,
      `summary: "${sentence(r, 30)}"`,
      'outlet: bench-outlet',
      'section: Bench',
      'authors:',
      '  - Bench Writer',
      `published: "${day(i)}T10:00:00+07:00"`,
      `originalUrl: "https://example.org/articles/${i}"`,
      'originalLanguage: id',
      'language: en',
      'translator: "Lintas newsroom"',
      'translated: "2026-11-27"',
      'entities:',
      ...ids.map((e) => `  - ${e}`),
      'events:',
      ...events.map((e) => `  - ${e}`),
      'tags:',
      '  - zoom',
      `  - bench-${i % 10}`,
      'draft: false',
      '---',
      '',
    ].join('\n');
    const dirA = path.join(content, 'articles', slug);
    articleFiles.push(
      mkdir(dirA, { recursive: true })
        .then(() =>
          Promise.all([
            writeFile(path.join(dirA, 'index.mdx'), fm + paragraphs.join('\n\n') + '\n'),
            writeFile(path.join(dirA, 'original.md'), originals.join('\n\n') + '\n'),
          ]),
        )
        .then(() => undefined),
    );
  }
  await Promise.all(articleFiles);
  return { articles: n, entities: nEntities, events: nEvents };
}

// ---------------------------------------------------------------- sites

/**
 * node_modules for a bench site: a real folder of symlinks to the project's packages, not one symlink
 * to the folder, because Astro keeps its content cache in node_modules/.astro and Vite its cache in
 * node_modules/.vite: shared, they would mix the project's content into the synthetic site.
 */
async function linkNodeModules(site: string): Promise<void> {
  const target = path.join(site, 'node_modules');
  await mkdir(target, { recursive: true });
  const from = path.join(root, 'node_modules');
  // .cache too: the Open Graph image cache (node_modules/.cache/lintas-og) must not carry the project's
  // cards into a bench site, or a "cold" run would not be cold.
  await Promise.all(
    readdirSync(from)
      .filter((name) => name !== '.astro' && name !== '.vite' && name !== '.cache')
      .map((name) => symlink(path.join(from, name), path.join(target, name))),
  );
}

async function prepareSite(dir: string): Promise<string> {
  const site = path.join(dir, 'site');
  await rm(site, { recursive: true, force: true });
  await mkdir(site, { recursive: true });
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(path.join(root, entry))) await cp(path.join(root, entry), path.join(site, entry), { recursive: true });
  }
  await linkNodeModules(site);
  return site;
}

/** A bare Astro site of the same MDX articles: a content collection, one page each, trivial layout. */
async function prepareBare(dir: string, contentDir: string): Promise<string> {
  const bare = path.join(dir, 'bare');
  await rm(bare, { recursive: true, force: true });
  await mkdir(path.join(bare, 'src/pages'), { recursive: true });
  await mkdir(path.join(bare, 'src/components'), { recursive: true });
  await linkNodeModules(bare);
  await writeFile(path.join(bare, 'package.json'), JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }));
  await writeFile(
    path.join(bare, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  await writeFile(
    path.join(bare, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      `export const collections = { articles: defineCollection({ loader: glob({ base: ${JSON.stringify(path.join(contentDir, 'articles'))}, pattern: '*/index.mdx' }) }) };\n`,
  );
  await writeFile(path.join(bare, 'src/components/Span.astro'), '<span><slot /></span>\n');
  await writeFile(path.join(bare, 'src/components/Note.astro'), '<aside><slot /></aside>\n');
  await writeFile(path.join(bare, 'src/components/Cite.astro'), '---\nconst { outlet, url } = Astro.props;\n---\n<cite><a href={url}>{outlet}</a></cite>\n');
  await writeFile(
    path.join(bare, 'src/pages/[slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Span from '../components/Span.astro';",
      "import Note from '../components/Note.astro';",
      "import Cite from '../components/Cite.astro';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><main><h1>{entry.data.title}</h1><Content components={{ Entity: Span, TranslatorNote: Note, ContextNote: Note, ClaimCheck: Note, Cite }} /></main></body></html>',
      '',
    ].join('\n'),
  );
  return bare;
}

// ---------------------------------------------------------------- measuring

interface Run {
  wallS: number;
  peakRssMB: number | null;
  code: number;
  log: string;
}

async function timed(cwd: string, args: string[], logFile: string): Promise<Run> {
  // What the bench wrote before (the corpus, the copied code) is written back now, not during the build.
  spawnSync('sync');
  const haveTime = existsSync(GNU_TIME);
  const cmd = haveTime ? GNU_TIME : process.execPath;
  const argv = haveTime ? ['-v', process.execPath, ...args] : args;
  const started = performance.now();
  const chunks: Buffer[] = [];
  const code = await new Promise<number>((resolve) => {
    // Both builds get the allocator settings the Lintas build wrapper sets (Rolldown bundles mimalloc too).
    const env = withAllocatorEnv({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env });
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('exit', (status) => resolve(status ?? 1));
  });
  const wallS = (performance.now() - started) / 1000;
  const log = Buffer.concat(chunks).toString('utf8');
  await writeFile(logFile, log);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
  return { wallS, peakRssMB: rss ? Number(rss[1]) / 1024 : null, code, log };
}

/** The largest HTML page of a build, by size on disk, with its gzip-compressed size (what a reader downloads). */
async function largestPage(dist: string): Promise<{ url: string; bytes: number; gzipBytes: number }> {
  let best = { file: '', bytes: -1 };
  for (const d of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !d.name.endsWith('.html')) continue;
    const file = path.join(d.parentPath, d.name);
    const bytes = statSync(file).size;
    if (bytes > best.bytes) best = { file, bytes };
  }
  const url = `/${path.relative(dist, best.file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
  return { url, bytes: best.bytes, gzipBytes: gzipSync(await readFile(best.file), { level: 9 }).length };
}

function duBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) total += statSync(path.join(d.parentPath, d.name)).size;
  }
  return total;
}

// ---------------------------------------------------------------- main

interface Row {
  n: number;
  wallS: number;
  msPerArticle: number;
  rssMB: number | null;
  distMB: number;
  searchMB: number;
  firstSearchKB: number | null;
  largestPageKB: number;
  pages: number;
  bareS: number;
  ratio: number;
}

/**
 * Queries for the first-search measurement: the name every synthetic event and article mentions (the
 * most results), a common word of the synthetic text, and one entity's full name (three words, so
 * three index chunks).
 */
const SEARCH_QUERIES = ['Zoom', 'security', 'Gamma ministry 2'];

const rows: Row[] = [];
const sizes = sizesFromArgs();
const settleS = settleFromArgs();
/** When this bench or an earlier one last deleted sites (ms since the epoch), so a run can wait for the disk to settle. */
const DELETED_AT = path.join(benchRoot, '.deleted-at');
async function deleteSites(dirs: string[]): Promise<void> {
  if (dirs.length === 0) return;
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  // Written back, the deleted inodes' window is 60 s instead of 360 s (see above).
  spawnSync('sync');
  await noteDelete();
}
// Sites an earlier run left (--keep, or a run that was stopped) are deleted now; then, if a delete
// (this one, or an earlier run's last) was less than --settle seconds ago, the bench waits (see above).
const leftovers = sizes.flatMap((n) => ['site', 'bare'].map((d) => path.join(benchRoot, String(n), d))).filter((d) => existsSync(d));
if (leftovers.length > 0) console.log(`bench: deleting what an earlier run left (${leftovers.map((d) => path.relative(root, d)).join(', ')}) ...`);
await deleteSites(leftovers);
/** Marks that files were just deleted (by the bench, or by a timed build replacing its dist/). */
const noteDelete = async () => {
  await mkdir(benchRoot, { recursive: true });
  await writeFile(DELETED_AT, String(Date.now()));
};
/** Waits until --settle seconds have passed since the last delete (see above). */
async function settle(): Promise<void> {
  if (settleS === 0 || !existsSync(DELETED_AT)) return;
  const at = Number(await readFile(DELETED_AT, 'utf8'));
  if (!Number.isFinite(at)) console.log(`bench: ${path.relative(root, DELETED_AT)} does not hold a time; waiting the whole --settle`);
  // A time that cannot be read, or one in the future, counts as now.
  const sinceS = Number.isFinite(at) ? Math.max(0, (Date.now() - at) / 1000) : 0;
  if (sinceS >= settleS) return;
  const waitS = Math.ceil(settleS - sinceS);
  console.log(
    `bench: waiting ${waitS} s before timing: files created soon after a large delete are slow to create (see scripts/bench.ts; --settle 0 skips this)`,
  );
  await new Promise((resolve) => setTimeout(resolve, waitS * 1000));
}
await settle();
/** What to delete once every size is measured. */
const toDelete: string[] = [];
for (const n of sizes) {
  const dir = path.join(benchRoot, String(n));
  await mkdir(dir, { recursive: true });
  console.log(`bench: N=${n}: writing the corpus into ${path.relative(root, dir)}/site/content ...`);
  const site = await prepareSite(dir);
  const corpus = await writeCorpus(site, n);
  console.log(`bench: N=${n}: ${corpus.articles} articles, ${corpus.entities} entities, ${corpus.events} events; building the site ...`);
  let bare: string | undefined;
  if (warm) {
    console.log(`bench: N=${n}: --warm: untimed builds first (Lintas, then bare), to fill the caches ...`);
    const first = await timed(site, ['scripts/build.ts'], path.join(dir, 'build-warmup.log'));
    if (first.code !== 0) {
      console.error(first.log.split('\n').slice(-40).join('\n'));
      process.exit(1);
    }
    if (!noBare) {
      bare = await prepareBare(dir, path.join(site, 'content'));
      await timed(bare, [astroBin, 'build'], path.join(dir, 'bare-warmup.log'));
    }
    // The edit a rebuild follows: one article's paragraph changes (both sites read the same file).
    const changed = path.join(site, 'content/articles/bench-article-1/index.mdx');
    await writeFile(changed, (await readFile(changed, 'utf8')).replace(/\n\n/u, '\n\nAn edited sentence. '));
  }
  const full = await timed(site, ['scripts/build.ts'], path.join(dir, 'build.log'));
  if (full.code !== 0) {
    console.error(full.log.split('\n').slice(-40).join('\n'));
    console.error(`bench: N=${n}: the build failed (log in ${path.relative(root, path.join(dir, 'build.log'))})`);
    process.exit(1);
  }
  const dist = path.join(site, 'dist');
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const largest = await largestPage(dist);
  console.log(
    `bench: N=${n}: largest page ${largest.url}: ${(largest.bytes / 1024).toFixed(0)} kB, ${(largest.gzipBytes / 1024).toFixed(0)} kB gzip-compressed`,
  );
  let searches: FirstSearch[] = [];
  if (await resolveChromium()) {
    console.log(`bench: N=${n}: measuring a first search in Chromium (${SEARCH_QUERIES.map((q) => `"${q}"`).join(', ')}) ...`);
    searches = await measureFirstSearch(dist, SEARCH_QUERIES);
    for (const q of searches)
      console.log(
        `bench: N=${n}:   "${q.query}": search page ${(q.pageBytes / 1024).toFixed(1)} kB + query ${(q.searchBytes / 1024).toFixed(1)} kB (${q.status})`,
      );
  } else {
    console.log(`bench: N=${n}: no first-search measurement. ${NO_CHROMIUM}`);
  }
  console.log(`bench: N=${n}: built ${pages} pages in ${full.wallS.toFixed(1)} s${noBare ? '; --no-bare: no baseline' : '; building the bare baseline ...'}`);
  if (!noBare && !bare) bare = await prepareBare(dir, path.join(site, 'content'));
  // A warm Lintas build replaces its dist/ and deletes the old one as it ends; bare must not pay for that.
  if (warm && bare) {
    await noteDelete();
    await settle();
  }
  const base = bare ? await timed(bare, [astroBin, 'build'], path.join(dir, 'bare.log')) : { code: 0, wallS: Number.NaN, peakRssMB: null, log: '' };
  if (base.code !== 0) {
    console.error(base.log.split('\n').slice(-40).join('\n'));
    console.error(`bench: N=${n}: the bare build failed (log in ${path.relative(root, path.join(dir, 'bare.log'))})`);
    process.exit(1);
  }
  const row: Row = {
    n,
    wallS: full.wallS,
    msPerArticle: (full.wallS * 1000) / n,
    rssMB: full.peakRssMB,
    distMB: duBytes(dist) / 2 ** 20,
    searchMB: duBytes(path.join(dist, 'pagefind')) / 2 ** 20,
    // The worst query: the search page (which loads Pagefind as it opens) plus everything the query fetched.
    firstSearchKB: searches.length ? Math.max(...searches.map((q) => q.pageBytes + q.searchBytes)) / 1024 : null,
    largestPageKB: largest.gzipBytes / 1024,
    pages,
    bareS: base.wallS,
    ratio: full.wallS / base.wallS,
  };
  rows.push(row);
  await writeFile(
    path.join(dir, 'result.json'),
    JSON.stringify({ ...row, ogCache: warm ? 'warm' : 'cold', bareRssMB: base.peakRssMB, corpus, searches, largestPage: largest }, null, 2),
  );
  // The corpus and outputs are large at N = 5,000; keep only logs and the result, once every size is timed.
  if (!keep) toDelete.push(site);
  if (bare) toDelete.push(bare);
}
await deleteSites(toDelete);

const f = (x: number | null, d = 1) => (x === null || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const header = ['N', 'wall s', 'ms/article', 'peak RSS MB', 'dist MB', 'search index MB', 'first search kB', 'largest page kB gz', 'bare wall s', 'ratio'];
const table = [
  header,
  ...rows.map((r) => [
    String(r.n),
    f(r.wallS),
    f(r.msPerArticle, 0),
    f(r.rssMB, 0),
    f(r.distMB),
    f(r.searchMB),
    f(r.firstSearchKB, 0),
    f(r.largestPageKB, 0),
    f(r.bareS),
    f(r.ratio, 2),
  ]),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(
  `\nbench: ${warm ? 'WARM Open Graph image cache (--warm: second build of the same corpus)' : 'COLD Open Graph image cache (every card rendered; --warm for a rebuild)'}`,
);
console.log(`bench: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${new Date().toISOString()}`);
for (const [i, row] of table.entries()) {
  console.log('| ' + row.map((c, j) => c.padStart(widths[j]!)).join(' | ') + ' |');
  if (i === 0) console.log('|' + widths.map((w) => '-'.repeat(w + 1) + ':').join('|') + '|');
}
