/**
 * A written Pagefind index, read from its files: `pagefind-entry.json` names the metadata
 * (`pagefind.<lang>_<hash>.pf_meta`), whose third field lists the index chunks `[from, to, hash]`;
 * each `index/<hash>.pf_index` holds its words `[word, pages, ...]`, and `fragment/<hash>.pf_fragment`
 * a result's JSON. All are gzip-compressed, the signature `pagefind_dcd` first; the CBOR ones are read
 * by the build's own reader (src/integrations/pagefind/index-files.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readPagefindData, type PagefindMeta, type PagefindWord } from '../../src/integrations/pagefind/index-files.ts';

const SIGNATURE = 'pagefind_dcd';
const read = (file: string): unknown => readPagefindData(readFileSync(file), file);

/** The metadata file the entry of the index under `pagefindDir` (`<dist>/pagefind`) names, for `language`. */
export function metaFile(pagefindDir: string, language = 'en'): string {
  const entry = JSON.parse(readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  return path.join(pagefindDir, `pagefind.${entry.languages[language]!.hash}.pf_meta`);
}

export const indexMeta = (pagefindDir: string): PagefindMeta => read(metaFile(pagefindDir)) as PagefindMeta;

/** Every chunk of the index, in order: its range, its id and its words. */
export function indexChunks(pagefindDir: string): { from: string; to: string; id: string; words: PagefindWord[] }[] {
  return indexMeta(pagefindDir)[2].map(([from, to, id]) => ({
    from,
    to,
    id,
    words: (read(path.join(pagefindDir, 'index', `${id}.pf_index`)) as [PagefindWord[]])[0],
  }));
}

/** Every word in the index, with the number of pages it is on. */
export function indexedWords(pagefindDir: string): Map<string, number> {
  return new Map(indexChunks(pagefindDir).flatMap(({ words }) => words.map(([word, pages]) => [word, pages.length] as const)));
}

/** A result fragment: the URL and the meta (title, kind, ...) a result shows. */
export function fragment(pagefindDir: string, id: string): { url: string; meta: Record<string, string> } {
  const bytes = gunzipSync(readFileSync(path.join(pagefindDir, 'fragment', `${id}.pf_fragment`)));
  return JSON.parse(new TextDecoder().decode(bytes.subarray(SIGNATURE.length))) as { url: string; meta: Record<string, string> };
}

/** Every result fragment under `pagefindDir`. */
export const indexedFragments = (pagefindDir: string) =>
  readdirSync(path.join(pagefindDir, 'fragment')).map((f) => fragment(pagefindDir, f.replace(/\.pf_fragment$/, '')));
