/**
 * `npm run dev` tells the editor what is wrong in the browser: while a content file has a problem,
 * a page shows the problem in the `file:line  field: problem (fix)` form of `npm run check`; once the
 * file is fixed, the site is back. An article that breaks the MDX dialect is never compiled, even when
 * requested directly. Runs the real dev server on a copy of the project.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { unescape } from 'html-escaper';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, copyProject, edit, lineOf } from './fixture.ts';

const roots: string[] = [];
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
  roots.forEach(cleanup);
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function until<T>(fn: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out; the dev server said:\n${(globalThis as { devOutput?: () => string }).devOutput?.() ?? ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('npm run dev', () => {
  it('shows content problems in the browser, and the site again once they are fixed', async () => {
    const root = copyProject();
    roots.push(root);
    const file = 'content/events/spacex-ban.yaml';
    edit(root, file, 'actor: "spacex"', 'actor: "space-x"');
    const port = await freePort();
    const node = path.join(root, 'node_modules/.bin/node');
    // Vitest's own variables (NODE_ENV=test, MODE, DEV...) would change how Astro serves; an editor has none.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|TEST$)/.test(k)));
    server = spawn(node, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...env, ASTRO_DEV_BACKGROUND: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
    (globalThis as { devOutput?: () => string }).devOutput = () => output;
    const page = (url: string, accept = 'text/html') => fetch(`http://127.0.0.1:${port}${url}`, { headers: { accept } });

    const broken = await until(async () => (await page('/')).text().then((t) => (t.includes('content problem') ? t : undefined)));
    expect(unescape(broken)).toContain(`${file}:${lineOf(root, file, 'actor:')}  actor: no entity "space-x" (add content/entities/space-x.yaml or fix the id)`);

    // Edit only once the dev server watches the files, as an editor would after it has started.
    await until(async () => (output.includes('watching for file changes') ? true : undefined));
    await new Promise((r) => setTimeout(r, 1000));
    edit(root, file, 'actor: "space-x"', 'actor: "spacex"');
    let last = '';
    const fixed = await until(async () => {
      const res = await page('/');
      const text = await res.text();
      last = `${res.status} ${text.replace(/\s+/g, ' ').slice(0, 1500)}`;
      return res.status === 200 ? text : undefined;
    }).catch((e: Error) => {
      throw new Error(`${e.message}\nlast response: ${last}`);
    });
    expect(fixed).not.toContain('content problem');

    // An article with an expression: the page is the problem report, and even a request that skips
    // it (no text/html) gets an error, not a compiled article.
    const article = 'content/articles/bisnis-taiwan-bans-government-use-of-zoom/index.mdx';
    edit(root, article, 'Millions of people', 'Millions {globalThis.lintasPwned = 1} of people');
    const report = await until(async () =>
      (await page('/articles/bisnis-taiwan-bans-government-use-of-zoom/')).text().then((t) => (t.includes('content problem') ? t : undefined)),
    );
    expect(report).toContain('a JavaScript expression {…} is not allowed in articles');
    const direct = await page('/articles/bisnis-taiwan-bans-government-use-of-zoom/', '*/*');
    expect(direct.status).toBe(500);
    expect(await direct.text()).not.toContain('Millions');

    // Fixed with other wording: the page shows the new text at once, rendered from the new read of
    // content/, with its claim checks in the JSON-LD (they come from the same read).
    edit(root, article, 'Millions {globalThis.lintasPwned = 1} of people', 'Millions of video-call users');
    const edited = await until(async () => {
      const res = await page('/articles/bisnis-taiwan-bans-government-use-of-zoom/');
      const text = await res.text();
      return res.status === 200 && text.includes('Millions of video-call users') ? text : undefined;
    });
    expect(edited).not.toContain('Millions of people');
    expect(edited).toContain('"ClaimReview"');
    expect((globalThis as { lintasPwned?: unknown }).lintasPwned).toBeUndefined();
  }, 180_000);
});
