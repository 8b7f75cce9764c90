/**
 * `npm run check:links` against a local HTTP server on 127.0.0.1 and fixture content citing it from
 * YAML sources, dispute sources, entity links, article frontmatter and <Cite> in MDX.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAll, checkUrl, linkReport } from '../../scripts/lib/link-check.ts';
import { collectSourceRefs } from '../../scripts/lib/source-refs.ts';

let server: Server;
let base: string;
let inFlight = 0;
let maxInFlight = 0;
const methods: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    methods.push(`${req.method} ${req.url}`);
    const counted = req.url?.startsWith('/ok?') ?? false; // the concurrency test's requests only
    if (counted) inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const end = (status: number, headers: Record<string, string> = {}) => {
      setTimeout(() => {
        if (counted) inFlight--;
        res.writeHead(status, headers);
        res.end(req.method === 'HEAD' ? undefined : 'body');
      }, 20);
    };
    switch (req.url) {
      case '/ok':
        return end(200);
      case '/no-head':
        return end(req.method === 'HEAD' ? 405 : 200);
      case '/moved':
        return end(301, { Location: '/ok' });
      case '/gone':
        return end(404);
      case '/loop-a':
        return end(302, { Location: '/loop-b' });
      case '/loop-b':
        return end(302, { Location: '/loop-a' });
      case '/slow':
        return; // never answers
      default:
        return end(200);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const opts = { timeoutMs: 500, concurrency: 2 };

describe('checkUrl', () => {
  it('accepts 200, falls back to GET when HEAD is refused, and follows redirects hop by hop', async () => {
    expect(await checkUrl(`${base}/ok`, opts)).toMatchObject({ ok: true, status: 200, redirects: [] });
    expect(await checkUrl(`${base}/no-head`, opts)).toMatchObject({ ok: true, status: 200 });
    expect(methods).toContain('GET /no-head');
    expect(await checkUrl(`${base}/moved`, opts)).toMatchObject({ ok: true, status: 200, redirects: [`${base}/ok`] });
  });
  it('reports HTTP errors, redirect loops and time-outs as dead', async () => {
    expect(await checkUrl(`${base}/gone`, opts)).toMatchObject({ ok: false, status: 404, error: expect.stringMatching(/^HTTP 404/) });
    expect(await checkUrl(`${base}/loop-a`, opts)).toMatchObject({ ok: false, error: 'redirect loop' });
    expect(await checkUrl(`${base}/slow`, opts)).toMatchObject({ ok: false, error: 'no answer within 0.5 s' });
  });
  it('never runs more requests at once than the concurrency limit', async () => {
    maxInFlight = 0;
    await checkAll(
      Array.from({ length: 8 }, (_, i) => `${base}/ok?${i}`),
      { timeoutMs: 2000, concurrency: 3 },
    );
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(3);
  });
});

describe('npm run check:links on fixture content', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'lintas-links-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  beforeAll(() => {
    write(
      'content/events/e.yaml',
      `title: "E"\nsources:\n  - outlet: "A"\n    url: "${base}/ok"\n    archiveUrl: "${base}/gone"\n    archived: "2026-01-01"\ndisputes:\n  - about: "scope"\n    claims:\n      - says: "x"\n        source:\n          outlet: "B"\n          url: "${base}/moved"\n      - says: "y"\n        source:\n          outlet: "No address"\n`,
    );
    write('content/entities/n.yaml', `name: "N"\nlinks:\n  - label: "Home"\n    url: "${base}/gone"\nsources: []\n`);
    write(
      'content/articles/a/index.mdx',
      `---\ntitle: "T"\noriginalUrl: "${base}/ok"\n---\n\nText. <Cite outlet="C" url="${base}/slow" />\n\nMore <Cite outlet="D" url="${base}/gone" />\n`,
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds every cited address with the file and line that cites it', () => {
    const { refs } = collectSourceRefs(root);
    const at = (url: string) =>
      refs
        .filter((r) => r.url === url)
        .map((r) => `${r.file}:${r.line} ${r.field}`)
        .sort();
    expect(at(`${base}/gone`)).toEqual([
      'content/articles/a/index.mdx:8 <Cite url>',
      'content/entities/n.yaml:4 links[0].url',
      'content/events/e.yaml:5 sources[0].archiveUrl',
    ]);
    expect(at(`${base}/moved`)).toEqual(['content/events/e.yaml:13 disputes[0].claims[0].source.url']);
    expect(at(`${base}/ok`)).toEqual(['content/articles/a/index.mdx:3 originalUrl', 'content/events/e.yaml:4 sources[0].url']);
    expect(at(`${base}/slow`)).toEqual(['content/articles/a/index.mdx:6 <Cite url>']);
  });

  it('reports each dead link at every file:line citing it, with a fix, and the redirects', async () => {
    const { refs } = collectSourceRefs(root);
    const report = linkReport(
      refs,
      await checkAll(
        refs.map((r) => r.url),
        opts,
      ),
    );
    expect(report.lines).toContain(
      `content/events/e.yaml:5  sources[0].archiveUrl: dead link ${base}/gone (HTTP 404 Not Found) (record a new snapshot or remove it)`,
    );
    expect(report.dead.map((d) => `${d.ref.file}:${d.ref.line}`).sort()).toEqual([
      'content/articles/a/index.mdx:6',
      'content/articles/a/index.mdx:8',
      'content/entities/n.yaml:4',
      'content/events/e.yaml:5',
    ]);
    expect(report.redirected.map((d) => `${d.ref.file}:${d.ref.line}`)).toEqual(['content/events/e.yaml:13']);
  });

  it('runs as a command that exits 1 when a link is dead', async () => {
    const run = await promisify(execFile)(process.execPath, ['scripts/check-links.ts', '--root', root, '--timeout', '0.5', '--concurrency', '4']).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`content/entities/n.yaml:4  links[0].url: dead link ${base}/gone`);
    expect(run.stdout).toMatch(/2 of 4 addresses answer; 2 dead \(4 citations\), 1 redirect/);
  });
});
