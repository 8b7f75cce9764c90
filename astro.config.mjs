// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://lintas.example.org',
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which drops the space between inline elements ("<a>Zoom</a> and"):
  // in running text that glues words together. `true` removes whitespace losslessly.
  compressHTML: true,
  integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
});
