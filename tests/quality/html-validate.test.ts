/**
 * Valid HTML: html-validate (html-validate:recommended, see .htmlvalidate.json) on every built page
 * (the whole site validates in a few seconds). Zero errors.
 *
 * No rule is relaxed: Astro's output (compressHTML, scoped `data-astro-cid-*` attributes, JSON-LD
 * scripts, inline SVG) validates as it is. Relax a rule in .htmlvalidate.json only when Astro itself
 * emits what the rule rejects, and give the reason here (html-validate's config schema accepts no
 * comment key). Defects in our own markup are fixed in the component instead: e.g. the measures
 * table's scroll box is a <section> (not role="region"), the chart legend uses classes (not inline
 * styles), and the search results list is named by a heading (aria-label on <ol> is not recommended).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { fixtureDist } from '../helpers/fixture-site.ts';
import { pageKinds } from './page-kinds.ts';

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
const files = htmlFiles(distDir);

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe('html-validate', () => {
  it('covers one page of each kind', () => {
    for (const { url } of pageKinds()) expect(files).toContain(path.join(distDir, url.endsWith('.html') ? url : path.join(url, 'index.html')));
  });

  it.each([
    ['the site', files],
    ['the fixture site (tests/fixtures/basic)', htmlFiles(fixtureDist('basic'))],
  ])('every built page of %s is valid HTML', async (_, pages) => {
    expect(pages.length).toBeGreaterThan(10);
    const failed = [];
    for (const file of pages) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
      if (!report.valid) failed.push(...report.results);
    }
    expect(failed.length, `html-validate:\n${text(failed)}`).toBe(0);
  });
});
