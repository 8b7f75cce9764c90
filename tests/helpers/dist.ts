/** Reading the built site in tests. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve('dist');

/** The HTML of a built page in the build folder `dir` by its URL path, e.g. "/articles/x/". */
export function pageIn(dir: string, urlPath: string): string {
  const file = path.join(dir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) throw new Error(`no built page for ${urlPath} (looked for ${file})`);
  return readFileSync(file, 'utf8');
}

/** The HTML of a page of the real site's build (dist/). */
export const page = (urlPath: string): string => pageIn(distDir, urlPath);
