/**
 * `npm run archive` against a local stub of the Save Page Now 2 API on 127.0.0.1: never the real
 * service. Fixture content in a temporary directory; the stub counts what it was asked.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runArchive, writeSnapshot } from '../../scripts/lib/archive-run.ts';
import { RateLimited, savePage } from '../../scripts/lib/wayback.ts';
import { eventSchema } from '../../src/schemas/event.ts';

const EVENT = `# A comment the editor wrote, kept.
title: "An event"
date: "2020-04-07"
actor: "zoom"
action: "ban"
summary: "Something happened." # and a trailing comment
sources:
  - outlet: "One"
    url: "https://one.example/a"
    date: "2020-04-07"
    language: "en"
  - outlet: "Recorded"
    url: "https://recorded.example/b"
    archiveUrl: "https://web.archive.org/web/20200501000000/https://recorded.example/b"
    archived: "2020-05-01"
    language: "en"
confidence: "high"
disputes:
  - about: "date"
    claims:
      - says: "Tuesday."
        date: "2020-04-07"
        source:
          outlet: "Failing"
          url: "https://fails.example/c"
      - says: "Wednesday."
        date: "2020-04-08"
        source:
          outlet: "FT"
          date: "2020-04-08"
`;
const ENTITY = `name: "Zoom"
type: "company"
description: "A company."
sources:
  - outlet: "One again"
    url: "https://one.example/a"
  - outlet: "Recorded again"
    url: "https://recorded.example/b"
`;

let server: Server;
let base: string;
const submitted: string[] = [];
let polls = 0;
let rateLimit = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && req.url === '/save') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (rateLimit) return json(429, { message: 'slow down' });
        if (req.headers.accept !== 'application/json') return json(400, { message: 'Accept: application/json expected' });
        const url = new URLSearchParams(body).get('url')!;
        submitted.push(url);
        json(200, { url, job_id: `spn2-${submitted.length}-${encodeURIComponent(url)}` });
      });
      return;
    }
    const status = /^\/save\/status\/(.+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && status) {
      polls++;
      const url = decodeURIComponent(decodeURIComponent(status[1]!).replace(/^spn2-\d+-/, ''));
      if (url.includes('fails.example')) return json(200, { status: 'error', status_ext: 'error:not-found', message: 'The page could not be loaded.' });
      if (polls % 2 === 1) return json(200, { status: 'pending', job_id: status[1] });
      return json(200, { status: 'success', timestamp: '20261128120304', original_url: url });
    }
    json(404, { message: 'no such endpoint' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'lintas-archive-'));
  mkdirSync(path.join(root, 'content/events'), { recursive: true });
  mkdirSync(path.join(root, 'content/entities'), { recursive: true });
  writeFileSync(path.join(root, 'content/events/an-event.yaml'), EVENT);
  writeFileSync(path.join(root, 'content/entities/zoom.yaml'), ENTITY);
  submitted.length = 0;
  polls = 0;
  rateLimit = false;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const capture = (url: string) => savePage(url, { base, pollMs: 0, maxPolls: 5 });
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('npm run archive (against a local Save Page Now stub)', () => {
  it('submits each address without a snapshot once and writes archiveUrl and archived into every record citing it', async () => {
    const lines: string[] = [];
    const result = await runArchive({ root, capture, intervalMs: 0, log: (l) => lines.push(l) });
    expect(submitted.sort()).toEqual(['https://fails.example/c', 'https://one.example/a']);
    expect(result.captured).toEqual(['https://one.example/a']);
    expect(result.failed.map((f) => f.url)).toEqual(['https://fails.example/c']);
    expect(result.failed[0]!.error).toMatch(/could not be loaded/);
    const event = parse(read('content/events/an-event.yaml'));
    const entity = parse(read('content/entities/zoom.yaml'));
    const expected = { archiveUrl: `${base}/web/20261128120304/https://one.example/a`, archived: '2026-11-28' };
    expect(event.sources[0]).toMatchObject(expected);
    expect(entity.sources[0]).toMatchObject(expected);
    // The recorded snapshot elsewhere is copied, not resubmitted.
    expect(entity.sources[1]).toMatchObject({ archiveUrl: 'https://web.archive.org/web/20200501000000/https://recorded.example/b', archived: '2020-05-01' });
    expect(result.reused).toEqual(['https://recorded.example/b']);
    // A failed capture writes nothing; a source without an address is not submitted.
    expect(event.disputes[0].claims[0].source.archiveUrl).toBeUndefined();
    expect(lines.some((l) => /\[\d+\/\d+\] submitting https:\/\/one\.example\/a/.test(l))).toBe(true);
    // What it writes still passes the schema.
    expect(eventSchema.safeParse(event).success).toBe(true);
  });

  it("keeps the editor's comments, order and quoting, and only adds the two fields", async () => {
    await runArchive({ root, capture, intervalMs: 0 });
    const after = read('content/events/an-event.yaml');
    expect(after.startsWith('# A comment the editor wrote, kept.\n')).toBe(true);
    expect(after).toContain('summary: "Something happened." # and a trailing comment');
    const withoutAdded = after.split('\n').filter((l) => !l.includes(base) && !l.includes('"2026-11-28"'));
    expect(withoutAdded.join('\n')).toBe(EVENT);
  });

  it('is resumable: a second run submits only what is still missing', async () => {
    await runArchive({ root, capture, intervalMs: 0 });
    submitted.length = 0;
    const again = await runArchive({ root, capture, intervalMs: 0 });
    expect(submitted).toEqual(['https://fails.example/c']);
    expect(again.captured).toEqual([]);
  });

  it('spaces submissions by the interval (rate limit) and stops at once when the service answers 429', async () => {
    const waits: number[] = [];
    let clock = 0;
    await runArchive({
      root,
      capture,
      intervalMs: 5000,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    expect(waits).toEqual([5000]);
    rateLimit = true;
    writeFileSync(path.join(root, 'content/events/an-event.yaml'), EVENT);
    writeFileSync(path.join(root, 'content/entities/zoom.yaml'), ENTITY.replaceAll('recorded.example', 'other.example'));
    const limited = await runArchive({ root, capture, intervalMs: 0 });
    expect(limited.stoppedByRateLimit).toBe(true);
    expect(limited.captured).toEqual([]);
    expect(limited.remaining).toBeGreaterThan(1);
    await expect(capture('https://x.example/')).rejects.toBeInstanceOf(RateLimited);
  });

  it('runs as `node scripts/archive.ts --base <stub>` and reports progress', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/archive.ts', '--base', base, '--interval', '0', '--poll', '0', '--root', root], {
      env: { ...process.env, WAYBACK_ACCESS_KEY: '', WAYBACK_SECRET_KEY: '' },
    }).catch((e: { stdout: string }) => e);
    expect(stdout).toMatch(/\[1\/\d\]/);
    expect(stdout).toMatch(/Done: 1 archived, 1 copied from another record, 1 failed/);
    expect(parse(read('content/events/an-event.yaml')).sources[0].archived).toBe('2026-11-28');
  });
});

describe('writeSnapshot', () => {
  it('adds archiveUrl and archived in double quotes after the existing fields', () => {
    const out = writeSnapshot('sources:\n  - outlet: "A" # note\n    url: "https://a.example/"\n', [['sources', 0]], {
      archiveUrl: 'https://web.archive.org/web/2026/https://a.example/',
      archived: '2026-11-28',
    });
    expect(out).toBe(
      'sources:\n  - outlet: "A" # note\n    url: "https://a.example/"\n    archiveUrl: "https://web.archive.org/web/2026/https://a.example/"\n    archived: "2026-11-28"\n',
    );
  });
});
