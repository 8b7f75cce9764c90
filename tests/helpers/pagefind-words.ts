/**
 * The words and result fragments of a written Pagefind index, read from its files: `pagefind.<lang>_<hash>.pf_meta` names
 * the index chunks, and each `index/<hash>.pf_index` lists its words. Both are gzip-compressed,
 * a signature (`pagefind_dcd`) followed by CBOR (read by the build's own reader,
 * src/integrations/pagefind/index-files.ts): the meta's third field is the list of chunks
 * `[from, to, hash]`, a chunk's first field its words `[word, pages, ...]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readPagefindData } from '../../src/integrations/pagefind/index-files.ts';

const SIGNATURE = 'pagefind_dcd';
const read = (file: string): unknown => readPagefindData(readFileSync(file), file);

/** Every word in the index under `pagefindDir` (`<dist>/pagefind`), with the number of pages it is on. */
export function indexedWords(pagefindDir: string): Map<string, number> {
  const meta = readdirSync(pagefindDir).find((f) => f.endsWith('.pf_meta'));
  if (!meta) throw new Error(`${pagefindDir}: no .pf_meta file`);
  const chunks = (read(path.join(pagefindDir, meta)) as unknown[])[2] as [string, string, string][];
  const words = new Map<string, number>();
  for (const [, , hash] of chunks) {
    for (const [word, pages] of (read(path.join(pagefindDir, 'index', `${hash}.pf_index`)) as [[string, unknown[]][]])[0]) words.set(word, pages.length);
  }
  return words;
}

/** Every result fragment under `pagefindDir`: the URL and the meta (title, kind, ...) a result shows. */
export function indexedFragments(pagefindDir: string): { url: string; meta: Record<string, string> }[] {
  const dir = path.join(pagefindDir, 'fragment');
  return readdirSync(dir).map((f) => {
    const bytes = gunzipSync(readFileSync(path.join(dir, f)));
    return JSON.parse(new TextDecoder().decode(bytes.subarray(SIGNATURE.length))) as { url: string; meta: Record<string, string> };
  });
}
