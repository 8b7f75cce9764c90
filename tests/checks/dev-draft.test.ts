/**
 * Drafts in `npm run dev` (on a temporary copy of the project with a draft entity and a draft event):
 * the draft's page opens with a "Draft: not published" banner, the draft event is marked on the
 * timeline, and a published page has neither. A production build has no drafts at all
 * (tests/checks/build.test.ts) and no banner on any page (below).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { cleanup, copyProject, read, write } from './fixture.ts';

const BANNER = 'Draft: not published';
let root: string;
let dev: ChildProcess | undefined;
let origin: string;

beforeAll(async () => {
  root = copyProject();
  write(
    root,
    'content/entities/zzdraft-body.yaml',
    [
      'name: "Zzdraft Body"',
      'type: "research-group"',
      'country: "CA"',
      'description: "A draft entity of the test fixture."',
      'sources:',
      '  - outlet: "Test Outlet"',
      '    url: "https://example.org/zzdraft"',
      '    language: "en"',
      'draft: true',
      '',
    ].join('\n'),
  );
  // A published event, copied, made a draft under a new id.
  const eventFile = readdirSync(path.join(root, 'content/events')).find(
    (f) => f.endsWith('.yaml') && !/^draft:\s*true/m.test(read(root, `content/events/${f}`)),
  )!;
  write(
    root,
    'content/events/zzdraft-event.yaml',
    `${read(root, `content/events/${eventFile}`)
      .replace(/^draft:.*$/m, '')
      .replace(/^title: .*$/m, 'title: "Zzdraft Event"')}\ndraft: true\n`,
  );
  const node = path.join(root, 'node_modules/.bin/node');
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Vitest's variables, not an editor's: with VITEST set, Astro's dev server serves no pages.
  for (const key of Object.keys(env)) if (/^(VITEST|DEV$|PROD$|MODE$|SSR$|BASE_URL$|NODE_ENV$)/.test(key)) delete env[key];
  // A free port (Astro's --port 0 prints 0, not the port it got).
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  dev = spawn(node, ['scripts/astro.ts', 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(new RegExp(`http://127\\.0\\.0\\.1:(${port})/`));
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    dev!.stdout!.on('data', onData);
    dev!.stderr!.on('data', onData);
    dev!.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  // Astro prints its address before the first request can be served (it may still re-optimise
  // dependencies): wait until the home page answers.
  for (let i = 0; i < 120; i++) {
    const status = await fetch(`${origin}/`)
      .then((r) => r.arrayBuffer().then(() => r.status))
      .catch(() => 0);
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 500));
  }
}, 120_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev!.on('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
  if (root) cleanup(root);
});

const get = async (p: string) => {
  const response = await fetch(origin + p);
  return { status: response.status, html: await response.text() };
};

describe('npm run dev', () => {
  it('shows a draft entity with the banner, naming its file', async () => {
    const { status, html } = await get('/entities/zzdraft-body/');
    expect(status).toBe(200);
    expect(html).toContain(BANNER);
    expect(html).toContain('content/entities/zzdraft-body.yaml');
  });

  it('marks a draft event on its timeline', async () => {
    const { html } = await get('/timeline/');
    const year = html.match(/href="\/timeline\/(\d{4})\/"/)?.[1];
    const page = await get(`/timeline/${year}/`);
    const entry = page.html.slice(page.html.indexOf('id="event-zzdraft-event"'));
    expect(entry.slice(0, 2000)).toContain(BANNER);
  });

  it('shows a published page without it', async () => {
    const { status, html } = await get('/entities/');
    expect(status).toBe(200);
    expect(html).not.toContain(BANNER);
  });
});

describe('the production build', () => {
  it('has no draft banner on any page', () => {
    const pages = readdirSync(distDir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const withBanner = pages.filter((d) => readFileSync(path.join(d.parentPath, d.name), 'utf8').includes(BANNER));
    expect(withBanner).toEqual([]);
  });
});
