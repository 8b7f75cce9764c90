/**
 * The reshaped search index answers every search as Pagefind's own index does
 * (src/integrations/pagefind/reshape-index.ts). Pagefind indexes 320 records whose words are drawn so
 * that its index has several chunks and two heavy words ("govern", "secur") share theirs with light
 * words, some of which start as the heavy word does ("govan", "governor", "secular"). A copy is
 * reshaped; then Pagefind's own search script, in Chromium, runs the same searches on both: every word
 * of the index and every word as typed, every start of each from three characters on (what a reader has
 * typed so far), and pairs of words.
 * Results and their scores must be the same. (Under three characters, what a start matches depends
 * on where chunks end, in Pagefind's own index as in ours: chunk-plan.ts, SHARED_START.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkBounds, SHARED_START } from '../../src/integrations/pagefind/chunk-plan.ts';
import { bundleOf, writeBundle } from '../../src/integrations/pagefind/bundle.ts';
import { reshapeIndex, type ReshapeReport } from '../../src/integrations/pagefind/reshape-index.ts';
import { serveStatic, type Site } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { indexChunks } from '../helpers/pagefind-words.ts';

/**
 * Light words, as typed. "fallback" is the last light word before the heavy "govern" and its kin, so
 * the split puts a chunk boundary right there: "falli" (the start of "falling") then finds its chunk only
 * through Pagefind's looser second lookup, which depends on how the boundary's ranges are cut.
 */
const LIGHT = [
  'apple',
  'fall',
  'falling',
  'fallback',
  'govan',
  'gove',
  'governor',
  'governess',
  'scheme',
  'school',
  'seal',
  'second',
  'secret',
  'secular',
  'securities',
  'sekolah',
  'melon',
  'network',
  'news',
  'working',
  'workers',
  'zoom',
];
/** More light words, numbered (after the heavy words' kin in order, so they leave those boundaries be). */
const NUMBERED = ['kantor', 'zone', 'grain', 'green', 'server', 'service'];
/** A small deterministic PRNG, so the index is the same every run. */
const rng = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const random = rng(7);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
/** Each record: "govern" and "security" 64 times each (heavy over 320 records), and 12 light words. */
const records = Array.from({ length: 320 }, (_, i) => ({
  url: `/r/${i}/`,
  language: 'en',
  meta: { title: `Record ${i}` },
  content: [
    ...Array.from({ length: 64 }, () => 'govern security'),
    ...Array.from({ length: 8 }, () => pick(LIGHT)),
    ...Array.from({ length: 4 }, () => `${pick(NUMBERED)}${Math.floor(random() * 40)}`),
  ].join(' '),
}));
/** Every start of a word from SHARED_START characters on: what a reader has typed so far. */
const starts = (w: string) =>
  Array.from({ length: Math.max(0, Array.from(w).length - SHARED_START + 1) }, (_, k) =>
    Array.from(w)
      .slice(0, SHARED_START + k)
      .join(''),
  );

let dir = '';
let report: ReshapeReport;
let browser: Browser;
const sites: Site[] = [];
const words: string[] = [];
/** Pagefind's own chunks: their ranges as it wrote them, and their first and last words. */
const pagefindChunks: { from: string; to: string; first: string; last: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lintas-reshape-search-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const record of records) await index!.addCustomRecord(record);
  const bundle = path.join(dir, 'pagefind/pagefind');
  await index!.writeFiles({ outputPath: bundle });
  const reshaped = bundleOf((await index!.getFiles()).files);
  await pagefind.close();
  for (const { from, to, words: chunk } of indexChunks(bundle)) {
    words.push(...chunk.map(([word]) => word));
    pagefindChunks.push({ from, to, first: chunk[0]![0], last: chunk[chunk.length - 1]![0] });
  }
  report = reshapeIndex(reshaped, 'en', 'date');
  writeBundle(path.join(dir, 'reshaped/pagefind'), reshaped);
  sites.push(await serveStatic(path.join(dir, 'pagefind')), await serveStatic(path.join(dir, 'reshaped')));
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  for (const site of sites) await site.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each query's results on the site, as "id score", by Pagefind's own script. */
async function searchAll(site: Site, queries: string[]): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  try {
    await page.goto(`${site.url}/pagefind/pagefind-entry.json`);
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    return (await page.evaluate(`(async (qs) => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ baseUrl: '/' });
      const out = {};
      for (const q of qs) out[q] = (await pf.search(q)).results.map((r) => r.id + ' ' + r.score.toFixed(5));
      return out;
    })(${JSON.stringify(queries)})`)) as Record<string, string[]>;
  } finally {
    await page.close();
  }
}

describe('the reshaped search index', () => {
  it('cuts chunk ranges by Pagefind 1.6’s own rule: the same ranges for Pagefind’s own chunks', () => {
    expect(chunkBounds(pagefindChunks)).toEqual(pagefindChunks.map(({ from, to }) => ({ from, to })));
  });

  it('splits the chunks Pagefind wrote with a heavy word in them', () => {
    expect(report.chunksBefore).toBeGreaterThan(1);
    expect(report.chunksAfter).toBeGreaterThan(report.chunksBefore);
  });

  it('answers every word, every start typed so far and pairs of words as Pagefind’s own index does', async () => {
    const long = words.filter((w) => Array.from(w).length >= SHARED_START);
    const typed = [...LIGHT, ...NUMBERED, 'governing', 'security'].flatMap(starts);
    const queries = [...new Set([...long.flatMap(starts), ...typed, ...long.map((w, i) => `${w} ${long[(i * 7 + 3) % long.length]}`)])];
    const [before, after] = [await searchAll(sites[0]!, queries), await searchAll(sites[1]!, queries)];
    expect(Object.values(before).filter((r) => r.length > 0).length).toBeGreaterThan(long.length);
    expect(queries.filter((q) => JSON.stringify(before[q]) !== JSON.stringify(after[q]))).toEqual([]);
  });
});
