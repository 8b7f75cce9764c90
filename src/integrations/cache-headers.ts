/**
 * Writes `_headers` (cache rules for Netlify and Cloudflare Pages: src/lib/cache-headers.ts) into the
 * build, with the base path Astro resolved. A file in public/ could not know the base path.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { cacheHeaders } from '../lib/cache-headers.ts';

export function cacheHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'lintas:cache-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), cacheHeaders(base));
      },
    },
  };
}
