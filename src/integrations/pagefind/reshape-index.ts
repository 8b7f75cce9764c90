/**
 * Reshapes the index Pagefind 1.6 built, to make a reader's first search smaller (BENCHMARKS.md item
 * 35). Runs in the index worker on the bundle `getFiles()` returns (bundle.ts), before it is written.
 * Two changes, nothing else:
 *
 * 1. **Word chunks regrouped** (chunk-plan.ts): a word on every page gets a chunk of its own, so a
 *    rare word no longer downloads a common one's ~120 kB.
 * 2. **The date order moved out of the metadata** into `sort-date.json` (every page id, dated ones in order), which the search page loads
 *    only when a reader sorts by date (src/lib/search/pagefind-client.ts). Pagefind puts every sort
 *    order in the `.pf_meta` file every search loads first: 33 kB at 5,000 articles.
 *
 * The words, their pages and places, the pages, filters and fragments are kept as Pagefind built them:
 * a split chunk's word entries are decoded and encoded again whole (index-files.ts), and a chunk no
 * heavy word shares keeps its file. The files are Pagefind's own format, not its API, so the version is
 * checked first: another version stops the build with a message saying so, the bundle untouched (as
 * it is whenever reshaping fails).
 * Files are named as Pagefind names them (`<lang>_<hash>`), so cache-headers.ts's rules still hold.
 */
import { createHash } from 'node:crypto';
import { constants, gzipSync } from 'node:zlib';
import type { PagefindBundle } from './bundle.ts';
import { chunkBounds, groupWords } from './chunk-plan.ts';
import { encodePagefindData, readPagefindData, type PagefindMeta, type PagefindWord } from './index-files.ts';
import { DATE_ORDER_FILE, type DateOrder } from '../../lib/search/date-order.ts';

/** The format this module reads: what `pagefind` ~1.6.0 writes. */
export const PAGEFIND_FORMAT = /^1\.6\./;

export interface ReshapeReport {
  chunksBefore: number;
  chunksAfter: number;
  /** Pagefind's chunks kept as written (no heavy word sharing them). */
  chunksKept: number;
  /** Page ids in the date order, 0 if the index had none. */
  datedPages: number;
}

const ENTRY = 'pagefind-entry.json';
const hashOf = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const text = new TextDecoder();

/** A name `<lang>_<first n hex of the hash>`, longer where it would repeat one already taken (as Pagefind does). */
function uniqueName(language: string, hash: string, length: number, taken: Set<string>): string {
  let n = length;
  while (taken.has(`${language}_${hash.slice(0, n)}`) && n < hash.length) n++;
  const name = `${language}_${hash.slice(0, n)}`;
  taken.add(name);
  return name;
}

function readData(bundle: PagefindBundle, file: string): unknown {
  const bytes = bundle.get(file);
  if (!bytes) throw new Error(`the search index has no ${file}`);
  return readPagefindData(bytes, file);
}

/** `value` as a gzip-compressed Pagefind data file and the id its hash names it by. */
function dataFile(value: unknown, language: string, taken: Set<string>, hashLength: number): { id: string; bytes: Buffer } {
  const data = encodePagefindData(value);
  return { id: uniqueName(language, hashOf(data), hashLength, taken), bytes: gzipSync(data, { level: constants.Z_BEST_COMPRESSION }) };
}

/**
 * Regroups the word chunks and moves the sort order `sortKey` out of the metadata of `language`'s
 * index in `bundle`, in place. Each of Pagefind's chunks is split on its own (chunk-plan.ts), so a
 * chunk no heavy word shares keeps its file. Every new file is made before the first change, so a
 * bundle that cannot be reshaped (this throws) is left as it was.
 */
export function reshapeIndex(bundle: PagefindBundle, language: string, sortKey: string, limit?: number): ReshapeReport {
  const entryBytes = bundle.get(ENTRY);
  if (!entryBytes) throw new Error(`the search index has no ${ENTRY}`);
  const entry = JSON.parse(text.decode(entryBytes)) as { languages: Record<string, { hash: string }> };
  const index = entry.languages[language];
  if (!index) throw new Error(`${ENTRY} lists no "${language}" index`);
  const metaFile = `pagefind.${index.hash}.pf_meta`;
  const meta = readData(bundle, metaFile) as PagefindMeta;
  if (typeof meta[0] !== 'string' || !PAGEFIND_FORMAT.test(meta[0]))
    throw new Error(
      `the search index was written by Pagefind ${String(meta[0])}, and src/integrations/pagefind/reshape-index.ts reads the format of Pagefind 1.6. Check that module against the new version's index, then change PAGEFIND_FORMAT.`,
    );

  const oldChunks = meta[2];
  const taken = new Set(oldChunks.map(([, , id]) => id));
  const added = new Map<string, Uint8Array>();
  const stale: string[] = [];
  const kept: { first: string; last: string; id: string }[] = [];
  for (const [, , id] of oldChunks) {
    const file = `index/${id}.pf_index`;
    const [words] = readData(bundle, file) as [PagefindWord[]];
    const groups = groupWords(
      words.map(([word, pages]) => ({ word, weight: pages.reduce((sum, page) => sum + page[1].length + 1, 0) })),
      limit,
    );
    if (groups.length === 1) {
      kept.push({ first: words[0]![0], last: words[words.length - 1]![0], id });
      continue;
    }
    stale.push(file);
    for (const [start, end] of groups) {
      const chunk = dataFile([words.slice(start, end)], language, taken, 7);
      added.set(`index/${chunk.id}.pf_index`, chunk.bytes);
      kept.push({ first: words[start]![0], last: words[end - 1]![0], id: chunk.id });
    }
  }
  const bounds = chunkBounds(kept);

  const sorts = meta[4] ?? [];
  const order = sorts.find(([key]) => key === sortKey);
  const reshaped = [...meta] as PagefindMeta;
  reshaped[2] = kept.map(({ id }, i) => [bounds[i]!.from, bounds[i]!.to, id]);
  reshaped[4] = sorts.filter(([key]) => key !== sortKey);
  const newMeta = dataFile(reshaped, language, new Set([index.hash]), 10);
  added.set(`pagefind.${newMeta.id}.pf_meta`, newMeta.bytes);
  const dated = new Set(order?.[1] ?? []);
  const pageId = (page: number) => {
    const found = meta[1][page];
    if (!found) throw new Error(`the "${sortKey}" order of ${metaFile} names page ${page}, which the index does not have`);
    return found[0];
  };
  const dateOrder: DateOrder = {
    dated: [...dated].map(pageId),
    undated: meta[1].filter((_, page) => !dated.has(page)).map(([id]) => id),
  };
  added.set(DATE_ORDER_FILE, Buffer.from(JSON.stringify(dateOrder)));
  index.hash = newMeta.id;
  added.set(ENTRY, Buffer.from(JSON.stringify(entry)));

  // The first change: every file above was made and checked.
  for (const file of [...stale, metaFile]) bundle.delete(file);
  for (const [file, bytes] of added) bundle.set(file, bytes);
  return { chunksBefore: oldChunks.length, chunksAfter: kept.length, chunksKept: oldChunks.length - stale.length, datedPages: dateOrder.dated.length };
}
