/**
 * Cache rules for static hosts that read a `_headers` file at the root of what they publish (Netlify,
 * Cloudflare Pages); src/integrations/cache-headers.ts writes it into the build. GitHub Pages ignores
 * it (its caching is fixed at 10 minutes). Pure.
 *
 * - /_astro/*: Astro's scripts and styles, named by a hash of their content: kept for a year.
 * - /pagefind/fragment|index|filter/*: the search index's chunks, also named by their hash: a year.
 *   The rest of /pagefind/ (pagefind.js, pagefind-entry.json, the .pf_meta, sort-date.json and WASM files) keeps the
 *   host's default revalidation, so a new build's index is picked up at once; a long rule on
 *   /pagefind/* would overlap the ones above, and hosts join overlapping headers into one value.
 * - /og/*: Open Graph cards, named by page, not by content: a day, then revalidated.
 * Paths carry the base path, since the rules match the URLs as served (/lintas/_astro/* under /lintas/).
 */
const YEAR = 'public, max-age=31536000, immutable';
const DAY = 'public, max-age=86400, must-revalidate';

export function cacheHeaders(base: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const rules: [string, string][] = [
    ['_astro/*', YEAR],
    ['pagefind/fragment/*', YEAR],
    ['pagefind/index/*', YEAR],
    ['pagefind/filter/*', YEAR],
    ['og/*', DAY],
  ];
  return `${rules.map(([path, value]) => `${prefix}${path}\n  Cache-Control: ${value}\n`).join('\n')}`;
}
