/** Reading many content files: many at a time, never thousands at once. Only for use in Node. */
import { readFile } from 'node:fs/promises';

/** A file's text, or undefined when it cannot be read. */
export const readText = (file: string) => readFile(file, 'utf8').catch(() => undefined);

/** `fn` over every item, at most `limit` at a time (thousands of files at once would run out of handles). */
export async function mapLimited<T, R>(items: T[], fn: (item: T) => Promise<R>, limit = 32): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
