/**
 * URLs under the site's base path (Astro's `base`, e.g. "/lintas/" on a GitHub Pages project site).
 * Pure: the base is passed in (import.meta.env.BASE_URL in the browser code).
 */

/** "/lintas" or "/lintas/" -> "/lintas/"; "" -> "/". */
export const normalBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A site path ("/entities/x/") under the base, unless it already is ("/lintas/entities/x/" stays). */
export function withBase(base: string, sitePath: string): string {
  const b = normalBase(base);
  if (b === '/' || sitePath.startsWith(b)) return sitePath;
  return b + sitePath.replace(/^\/+/, '');
}

/** A file of the Pagefind bundle folder: "<base>pagefind/<name>". */
export const pagefindFile = (base: string, name: string): string => `${normalBase(base)}pagefind/${name}`;

/** Where Pagefind's bundle is: "<base>pagefind/pagefind.js". */
export const pagefindBundle = (base: string): string => pagefindFile(base, 'pagefind.js');
