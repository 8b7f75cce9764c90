/**
 * The reshaped search index (src/integrations/pagefind/reshape-index.ts), on an index Pagefind itself
 * builds here, handed over as the build takes it (`getFiles`) and written as the build writes it
 * (bundle.ts); Pagefind's own `writeFiles` writes the index to compare with: every word keeps its pages and places, a heavy word has a chunk of its own, every word
 * is found in the chunk that holds it, the date order leaves the metadata for sort-date.json, and an
 * index of another Pagefind version stops the build with a message instead of being rewritten.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookup } from '../helpers/pagefind-lookup.ts';
import { decodePagefindData, encodePagefindData, type PagefindWord } from '../../src/integrations/pagefind/index-files.ts';
import { fragment, indexChunks, indexMeta, metaFile } from '../helpers/pagefind-words.ts';
import { bundleOf, writeBundle, type PagefindBundle } from '../../src/integrations/pagefind/bundle.ts';
import { reshapeIndex } from '../../src/integrations/pagefind/reshape-index.ts';
import { DATE_ORDER_FILE, type DateOrder } from '../../src/lib/search/date-order.ts';

const LIMIT = 60;
const RARE = ['apple', 'banana', 'cherry', 'damson', 'elder', 'fig', 'grape', 'guava', 'kiwi', 'lemon', 'mango', 'melon', 'olive', 'peach', 'pear', 'plum'];
/** 24 records: "ruritania" five times in each (heavy), one rare word each, most with a date, out of order. */
const records = Array.from({ length: 24 }, (_, i) => ({
  url: `/r/${i}/`,
  content: `Ruritania ruritania ruritania ruritania ruritania ${RARE[i % RARE.length]} 行政院 number ${i}.`,
  language: 'en',
  meta: { title: `Record ${i}` },
  // Every sixth record has no date.
  ...(i % 6 === 5 ? {} : { sort: { date: `2020-${String(1 + ((i * 5) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` } }),
}));

let dir = '';
let before = '';
let after = '';
/** Pagefind's files as `getFiles` hands them over, before reshaping. */
let built: PagefindBundle = new Map();
const meta = indexMeta;
const allWords = (bundle: string) => new Map(indexChunks(bundle).flatMap(({ words }) => words.map((w) => [w[0], w] as const)));
const weight = (w: PagefindWord) => w[1].reduce((n, p) => n + p[1].length + 1, 0);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lintas-reshape-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const r of records) await index!.addCustomRecord(r);
  before = path.join(dir, 'before');
  await index!.writeFiles({ outputPath: before });
  built = bundleOf((await index!.getFiles()).files);
  await pagefind.close();
  after = path.join(dir, 'after');
  const bundle = new Map(built);
  reshapeIndex(bundle, 'en', 'date', LIMIT);
  writeBundle(after, bundle);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reshaping the search index', () => {
  it('is handed the files writeFiles writes, byte for byte', () => {
    const written = (d: string, under = ''): string[] =>
      readdirSync(path.join(d, under), { withFileTypes: true }).flatMap((f) =>
        f.isDirectory() ? written(d, path.posix.join(under, f.name)) : [path.posix.join(under, f.name)],
      );
    expect(written(before).sort()).toEqual([...built.keys()].sort());
    for (const [name, content] of built) expect(Buffer.from(content).equals(readFileSync(path.join(before, name))), name).toBe(true);
  });

  it('reads and writes Pagefind 1.6 files byte for byte', () => {
    const files = [...readdirSync(path.join(before, 'index')).map((f) => path.join(before, 'index', f)), metaFile(before)];
    for (const file of files) {
      const raw = gunzipSync(readFileSync(file));
      expect(encodePagefindData(decodePagefindData(raw, file)).equals(raw), file).toBe(true);
    }
  });

  it('keeps every word with the same pages and places', () => {
    const was = allWords(before);
    const now = allWords(after);
    expect(was.has('ruritania')).toBe(true);
    expect([...now.keys()].sort()).toEqual([...was.keys()].sort());
    for (const [word, entry] of was) expect(now.get(word), word).toEqual(entry);
  });

  it('gives a heavy word a chunk of its own, which Pagefind did not', () => {
    const heavyShared = (bundle: string) => indexChunks(bundle).some(({ words }) => words.length > 1 && words.some((w) => weight(w) >= LIMIT));
    // Pagefind's one chunk (of 20,000) holds every word; regrouped at LIMIT, "ruritania" stands alone.
    expect(heavyShared(before)).toBe(true);
    const now = indexChunks(after).map(({ words }) => words);
    const heavy = now.find((words) => words.some((w) => w[0] === 'ruritania'))!;
    expect(heavy.map((w) => w[0])).toEqual(['ruritania']);
    expect(heavyShared(after)).toBe(false);
    expect(now.length).toBeGreaterThan(2);
  });

  it('finds every word in the chunk that holds it, by the ranges in the metadata', () => {
    const chunks = indexChunks(after);
    for (const [i, { words }] of chunks.entries()) for (const [word] of words) expect(lookup(chunks, word), word).toBe(i);
  });

  it('moves the date order out of the metadata into sort-date.json, oldest first', () => {
    expect(meta(before)[4].map(([key]) => key)).toEqual(['date']);
    expect(meta(after)[4]).toEqual([]);
    // Everything else in the metadata is as Pagefind wrote it.
    const [, pages, , filters] = meta(after);
    expect(pages).toEqual(meta(before)[1]);
    expect(filters).toEqual(meta(before)[3]);
    const order = JSON.parse(readFileSync(path.join(after, DATE_ORDER_FILE), 'utf8')) as DateOrder;
    const record = (id: string) => records.find((r) => r.url === fragment(after, id).url)!;
    const dates = order.dated.map((id) => record(id).sort!.date);
    expect(order.dated).toHaveLength(records.filter((r) => r.sort).length);
    expect(dates).toEqual([...dates].sort());
    // Every page is listed, so the search page can tell an order from another build.
    expect(order.undated.map((id) => record(id).url)).toEqual(records.filter((r) => !r.sort).map((r) => r.url));
  });

  it('points the entry at the new metadata and leaves no file of the old index behind', () => {
    expect(readdirSync(after).filter((f) => f.endsWith('.pf_meta'))).toEqual([path.basename(metaFile(after))]);
    expect(readdirSync(path.join(after, 'index')).sort()).toEqual(
      meta(after)[2]
        .map(([, , id]) => `${id}.pf_index`)
        .sort(),
    );
  });

  it('refuses an index written by another version of Pagefind, saying what to check, and changes nothing', () => {
    const other = new Map(built);
    const file = path.relative(before, metaFile(before));
    const m = indexMeta(before);
    m[0] = '1.7.0';
    other.set(file, gzipSync(encodePagefindData(m)));
    const untouched = new Map(other);
    expect(() => reshapeIndex(other, 'en', 'date', LIMIT)).toThrow(/written by Pagefind 1\.7\.0.*reshape-index\.ts/);
    expect([...other.keys()]).toEqual([...untouched.keys()]);
    for (const [name, content] of untouched) expect(other.get(name), name).toBe(content);
  });

  it('changes nothing when reshaping fails after the version check', () => {
    const broken = new Map(built);
    const file = path.relative(before, metaFile(before));
    const m = indexMeta(before);
    // A date order naming a page the index does not have: found only once the chunks are regrouped.
    m[4] = [['date', [...m[4][0]![1], m[1].length + 5]]];
    broken.set(file, gzipSync(encodePagefindData(m)));
    const untouched = new Map(broken);
    expect(() => reshapeIndex(broken, 'en', 'date', LIMIT)).toThrow(/names page \d+, which the index does not have/);
    expect([...broken.keys()]).toEqual([...untouched.keys()]);
    for (const [name, content] of untouched) expect(broken.get(name), name).toBe(content);
  });

  it('writes nothing outside the bundle folder', () => {
    const bundleDir = path.join(dir, 'escape');
    for (const name of ['../outside.txt', '../escape-evil/x.txt', path.join(dir, 'absolute.txt'), '', '.', 'index/../../outside.txt']) {
      expect(() => writeBundle(bundleDir, new Map([[name, Buffer.from('x')]])), JSON.stringify(name)).toThrow(/outside its folder/);
    }
    expect(readdirSync(dir).sort()).toEqual(['after', 'before']);
  });
});
