/** Reading the built site in tests. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve('dist');

/** The HTML of a built page by its URL path, e.g. "/articles/x/". */
export function page(urlPath: string): string {
  const file = path.join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) throw new Error(`no built page for ${urlPath} (looked for ${file})`);
  return readFileSync(file, 'utf8');
}
