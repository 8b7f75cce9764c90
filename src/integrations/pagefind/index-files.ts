/**
 * Pagefind's data files (`.pf_meta`, `index/*.pf_index`): gzip-compressed, the signature `pagefind_dcd`,
 * then one CBOR value. cbor-x decodes and encodes them (it round-trips Pagefind's CBOR byte for byte:
 * every file of a small index in tests/unit/pagefind-reshape-index.test.ts, and all 128 chunks of the
 * bench index at 5,000 articles when measured), ~6x faster than cbor2 at 5,000 articles (0.4 against
 * 2.5 s for 20 MB). Records, maps as objects and floats are off: Pagefind's CBOR has none of them.
 */
import { gunzipSync } from 'node:zlib';
import { Decoder, Encoder } from 'cbor-x';

/** A word's entry in an index chunk (`[words]`): the word, then per page [page number, places, ...]. */
export type PagefindWord = [string, [number, number[], ...unknown[]][], ...unknown[]];
/** The metadata file: [version, pages [[id, words, ...]], chunks [[from, to, id]], filters, sorts [[key, [page]]], ...]. */
export type PagefindMeta = [string, [string, ...unknown[]][], [string, string, string][], unknown, [string, number[]][], ...unknown[]];

const SIGNATURE = Buffer.from('pagefind_dcd');
const decoder = new Decoder({ useRecords: false, mapsAsObjects: false });
const encoder = new Encoder({ useRecords: false, variableMapSize: true });

/** The value in an uncompressed Pagefind data file; `file` names it in an error. */
export function decodePagefindData(bytes: Uint8Array, file: string): unknown {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SIGNATURE.length));
  if (!head.equals(SIGNATURE)) throw new Error(`${file} is not a Pagefind data file (it does not start with pagefind_dcd)`);
  return decoder.decode(bytes.subarray(SIGNATURE.length));
}

/** A Pagefind data file's uncompressed bytes for `value`. */
export function encodePagefindData(value: unknown): Buffer {
  return Buffer.concat([SIGNATURE, encoder.encode(value)]);
}

/** Reads a gzip-compressed Pagefind data file's value from its bytes. */
export const readPagefindData = (compressed: Uint8Array, file: string): unknown => decodePagefindData(gunzipSync(compressed), file);
