// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteConfigCheck } from './src/integrations/site-config.ts';
import { cacheHeadersFile } from './src/integrations/cache-headers.ts';
import { fromEnv } from './src/site-config.ts';

// Where the site lives: LINTAS_SITE and LINTAS_BASE, else the defaults in src/site-config.ts; Astro's
// --site and --base flags override both. siteConfigCheck validates what Astro finally resolved.
const where = fromEnv();

const og = ogImages();

export default defineConfig({
  site: where.site,
  base: where.base,
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which drops the space between inline elements ("<a>Zoom</a> and"):
  // in running text that glues words together. `true` removes whitespace losslessly.
  compressHTML: true,
  // mdx(): the design card's stack, for MDX pages under src/. Articles are MDX too, but they are never
  // compiled: the content check parses them and the article page renders the checked tree
  // (src/lib/article-body.ts), and nothing under content/ may become a module (content-guard.ts).
  // Order matters: og.start begins drawing Open Graph cards in a worker while the content check runs;
  // og.publish, last, waits for the worker, so Pagefind's indexing overlaps the drawing.
  integrations: [siteConfigCheck(), og.start, contentCheck(), mdx(), sitemap(), pagefindIndex(), cacheHeadersFile(), og.publish],
  vite: {
    plugins: [tailwindcss()],
  },
});
