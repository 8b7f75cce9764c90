/**
 * Exact-name lookup for search: Pagefind ranks by term statistics, so a name that appears on many
 * pages ("Zoom", "Taiwan") does not bring its own entity page first. The search page also looks the
 * whole query up among every entity's names (in any language or script, spaces and punctuation
 * ignored) and puts an exact match first. The names are split into small shards by a hash of the
 * key, so a search fetches one shard of a few kB however many entities there are. Pure.
 */
import { foldDiacritics, searchNames } from './search-terms.ts';
import type { Entity } from '../schemas/entity.ts';

export const NAME_SHARDS = 64;

/** "Space X" -> "spacex", "N.Y.C. DOE" -> "nycdoe", "Auswärtiges Amt" -> "auswartigesamt", "行政院" -> "行政院". */
export function nameKey(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** FNV-1a over the key's UTF-16 code units, modulo the shard count: the same in Node and the browser. */
export function shardOf(key: string, shards = NAME_SHARDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

export interface NameEntry {
  url: string;
  name: string;
  type: string;
  /** The name as written that produced this key, to show what matched. */
  matched: string;
}

/** Shard number -> key -> entities with that exact name. */
export function buildNameShards(entities: { url: string; typeLabel: string; data: Entity }[], shards = NAME_SHARDS): Record<string, NameEntry[]>[] {
  const out: Record<string, NameEntry[]>[] = Array.from({ length: shards }, () => ({}));
  for (const e of entities) {
    for (const written of searchNames(e.data)) {
      const key = nameKey(written);
      if (key.length < 2) continue;
      const shard = out[shardOf(key, shards)]!;
      const list = (shard[key] ??= []);
      if (!list.some((x) => x.url === e.url)) list.push({ url: e.url, name: e.data.name, type: e.typeLabel, matched: written });
    }
  }
  return out;
}
