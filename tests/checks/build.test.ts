/**
 * End to end, on temporary copies of the whole project (the expensive tests: one failing build, which
 * stops at the content check, and one full build):
 * - a bad file fails `npm run build` with `file:line  field:`, changes nothing in content/ and leaves
 *   the previous dist/ as it was;
 * - an article made with `npm run new:article` builds once its text is filled in (page and Open Graph
 *   card), and drafts (an article, an entity and an event, made with the scaffold) leave no trace;
 * - a card worker that fails fails the build, and the previous dist/ stays.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, copyProject, edit, lineOf, listFiles, read, snapshot, write } from './fixture.ts';

const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

/** Runs a command in the copy with the project's Node 24 first on the PATH, as npm scripts do. */
function run(root: string, command: string, args: string[]) {
  const env = { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
  // The environment is vitest's, DEV=1 included: scripts/build.ts must still make a production build.
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const newEntry = (root: string, kind: string, flags: Record<string, string>) => {
  const result = run(root, path.join(root, 'node_modules/.bin/node'), ['scripts/new.ts', kind, ...Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v])]);
  expect(result.status, result.output).toBe(0);
  return result.output;
};

const stagingDirs = (root: string) => readdirSync(root).filter((n) => n.startsWith('.dist-'));

describe('npm run build', () => {
  it('fails on a bad file, naming file, line and field, and changes neither content/ nor dist/', () => {
    const root = copyProject();
    roots.push(root);
    const file = 'content/events/spacex-ban.yaml';
    edit(root, file, 'actor: "spacex"', 'actor: "space-x"');
    // A previous build that must survive the failed one.
    mkdirSync(path.join(root, 'dist/articles'), { recursive: true });
    write(root, 'dist/index.html', '<p>the previous build</p>');
    const content = snapshot(path.join(root, 'content'));
    const dist = snapshot(path.join(root, 'dist'));

    const { status, output } = run(root, 'npm', ['run', 'build', '--silent']);

    expect(status).not.toBe(0);
    expect(output).toContain(`${file}:${lineOf(root, file, 'actor:')}  actor: no entity "space-x"`);
    expect(snapshot(path.join(root, 'content'))).toEqual(content);
    expect(snapshot(path.join(root, 'dist'))).toEqual(dist);
    expect(stagingDirs(root)).toEqual([]);
  }, 180_000);

  it('builds a scaffolded article once its text is filled in, and publishes no trace of drafts', () => {
    const root = copyProject();
    roots.push(root);

    // The published article, made with the scaffold and filled in as an editor would.
    newEntry(root, 'article', {
      url: 'https://example.org/berita/zoom-uji',
      outlet: 'bisnis',
      title: 'Zoom Diuji Coba',
      date: '2020-04-08T09:15:00+07:00',
      lang: 'id',
      author: 'Penulis Uji',
      slug: 'bisnis-zoom-test',
    });
    const dir = 'content/articles/bisnis-zoom-test';
    write(root, `${dir}/original.md`, 'Zoom diuji coba oleh pemerintah.\n\nHasilnya belum diumumkan.\n');
    fill(root, `${dir}/index.mdx`, 'Zoom put to the test');
    edit(root, `${dir}/index.mdx`, /^draft: true.*$/m, 'draft: false');
    write(
      root,
      `${dir}/index.mdx`,
      `${read(root, `${dir}/index.mdx`)}
<Entity id="zoom">Zoom</Entity> is being tested by the government. <TranslatorNote on="tested" original="diuji coba">Literally "tried out".</TranslatorNote>

The results have not been announced.
`,
    );
    edit(root, `${dir}/index.mdx`, '  - "bisnis"\n', '  - "bisnis"\n  - "zoom"\n');

    // Drafts: an entity, an event by it, and an article about both, each carrying a marker.
    newEntry(root, 'entity', { id: 'zzdraft-entity', name: 'Zzdraft Entity Name', type: 'company', country: 'US' });
    edit(root, 'content/entities/zzdraft-entity.yaml', 'description: ""', 'description: "ZZDRAFT-MARKER entity description"');
    newEntry(root, 'event', {
      id: 'zzdraft-event',
      title: 'Zzdraft Event Title',
      date: '2020-04-09',
      actor: 'zzdraft-entity',
      action: 'ban',
      'source-url': 'https://example.org/zzdraft-source',
      'source-outlet': 'Zzdraft Outlet',
    });
    edit(root, 'content/events/zzdraft-event.yaml', 'summary: ""', 'summary: "ZZDRAFT-MARKER event summary"');
    edit(root, 'content/events/zzdraft-event.yaml', 'confidence: ""', 'confidence: "high"');
    newEntry(root, 'article', {
      url: 'https://example.org/berita/zzdraft',
      outlet: 'bisnis',
      title: 'Zzdraft Judul',
      date: '2020-04-09T09:15:00+07:00',
      lang: 'id',
      author: 'Zzdraft Penulis',
      slug: 'zzdraft-article',
    });
    write(root, 'content/articles/zzdraft-article/original.md', 'ZZDRAFT-MARKER asli.\n');
    fill(root, 'content/articles/zzdraft-article/index.mdx', 'ZZDRAFT-MARKER title');
    edit(root, 'content/articles/zzdraft-article/index.mdx', 'events: []', 'events: ["zzdraft-event"]');
    edit(root, 'content/articles/zzdraft-article/index.mdx', '  - "bisnis"\n', '  - "bisnis"\n  - "zzdraft-entity"\n');
    write(
      root,
      'content/articles/zzdraft-article/index.mdx',
      `${read(root, 'content/articles/zzdraft-article/index.mdx')}\n<Entity id="zzdraft-entity">ZZDRAFT-MARKER</Entity> translated.\n`,
    );

    // A previous build, to be replaced.
    mkdirSync(path.join(root, 'dist'));
    write(root, 'dist/stale.html', 'stale');
    const content = snapshot(path.join(root, 'content'));

    const { status, output } = run(root, 'npm', ['run', 'build', '--silent']);
    expect(status, output).toBe(0);
    expect(snapshot(path.join(root, 'content'))).toEqual(content);
    expect(stagingDirs(root)).toEqual([]);
    const distDir = path.join(root, 'dist');
    expect(existsSync(path.join(distDir, 'stale.html'))).toBe(false);

    const page = readFileSync(path.join(distDir, 'articles/bisnis-zoom-test/index.html'), 'utf8');
    expect(page).toContain('Zoom put to the test');
    expect(page).toContain('is being tested by the government');
    expect(page).toContain('Hasilnya belum diumumkan.');
    // Its Open Graph card, drawn by the card workers from content/ beside the build.
    expect(readFileSync(path.join(distDir, 'og/articles/bisnis-zoom-test.png')).subarray(0, 4).toString('hex')).toBe('89504e47');

    // No file of the build names a draft or carries its text (compressed files are read unpacked).
    const files = listFiles(distDir);
    expect(files.filter((f) => /zzdraft/i.test(f))).toEqual([]);
    const traces = files.filter((f) => /zzdraft/i.test(textOf(path.join(distDir, f))));
    expect(traces).toEqual([]);
  }, 300_000);

  it('fails when the Open Graph cards cannot be drawn, saying so, and leaves dist/ as it was', () => {
    const root = copyProject();
    roots.push(root);
    mkdirSync(path.join(root, 'dist'));
    write(root, 'dist/index.html', '<p>the previous build</p>');
    const dist = snapshot(path.join(root, 'dist'));
    // A card folder that cannot be created: a file stands where the folder should be.
    write(root, 'not-a-folder', 'a file');
    const env = { ...process.env, LINTAS_OG_CACHE: path.join(root, 'not-a-folder') };
    const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const output = `${result.stdout}\n${result.stderr}`;

    expect(result.status, output).not.toBe(0);
    expect(output).toContain('Open Graph images failed');
    expect(output).toMatch(/not-a-folder/);
    expect(snapshot(path.join(root, 'dist'))).toEqual(dist);
    expect(stagingDirs(root)).toEqual([]);
  }, 300_000);
});

describe('npm run build after an interrupted build', () => {
  /** A pid no process has: the leftovers of a build that died. */
  const DEAD = 2 ** 22 + 12345;

  it('puts the last good site back when a build died between its two renames, and removes every leftover', () => {
    const root = copyProject();
    roots.push(root);
    // Killed after "dist -> .dist-old", before ".dist-staging -> dist"; plus an older crash's staging folder.
    mkdirSync(path.join(root, `.dist-old-${DEAD}`));
    write(root, `.dist-old-${DEAD}/index.html`, '<p>the last good site</p>');
    mkdirSync(path.join(root, `.dist-staging-${DEAD + 1}/half`), { recursive: true });
    // This build fails at the content check, so what dist/ holds afterwards is what the recovery put there.
    edit(root, 'content/events/spacex-ban.yaml', 'actor: "spacex"', 'actor: "space-x"');

    const { status, output } = run(root, 'npm', ['run', 'build', '--silent']);

    expect(status).not.toBe(0);
    expect(output).toContain(`restored the last good site from .dist-old-${DEAD} to dist/`);
    expect(read(root, 'dist/index.html')).toBe('<p>the last good site</p>');
    expect(stagingDirs(root)).toEqual([]);
  }, 180_000);

  it('stops Astro when the wrapper is killed, and the next build cleans up after it', async () => {
    const root = copyProject();
    roots.push(root);
    mkdirSync(path.join(root, 'dist'));
    write(root, 'dist/index.html', '<p>the previous build</p>');
    const node = path.join(root, 'node_modules/.bin/node');
    const wrapper = spawn(node, ['scripts/build.ts'], { cwd: root, stdio: 'ignore' });
    // Wait until Astro is writing into its staging folder, then kill the wrapper alone.
    const staging = path.join(root, `.dist-staging-${wrapper.pid}`);
    const astroRunning = () => spawnSync('pgrep', ['-f', `astro.mjs build --outDir ${staging}`], { encoding: 'utf8' }).stdout.trim();
    for (let i = 0; i < 1200 && !(astroRunning() && existsSync(staging)); i++) await new Promise((r) => setTimeout(r, 25));
    expect(astroRunning()).not.toBe('');
    expect(existsSync(staging), 'astro never wrote into its staging folder').toBe(true);
    wrapper.kill('SIGKILL');
    for (let i = 0; i < 100 && astroRunning(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(astroRunning(), 'astro build outlived the wrapper').toBe('');
    expect(read(root, 'dist/index.html')).toBe('<p>the previous build</p>');

    const { status, output } = run(root, 'npm', ['run', 'build', '--silent']);
    expect(status, output).toBe(0);
    expect(output).toContain(`removed what interrupted builds left: .dist-staging-${wrapper.pid}`);
    expect(stagingDirs(root)).toEqual([]);
    expect(read(root, 'dist/index.html')).not.toContain('the previous build');
  }, 300_000);
});

/** Fills in the fields the scaffold leaves to the editor. */
function fill(root: string, file: string, title: string) {
  edit(root, file, /^title: "".*$/m, `title: ${JSON.stringify(title)}`);
  edit(root, file, /^summary: "".*$/m, 'summary: "A test summary."');
  edit(root, file, /^translator: "".*$/m, 'translator: "Lintas newsroom"');
}

function textOf(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('latin1');
    } catch {
      return bytes.toString('latin1');
    }
  }
  return bytes.toString('latin1');
}
