/**
 * Whose rights are whose, wherever the site says so: the footer of every page kind, the feeds, the
 * JSON downloads, /data/ (for CSV and iCalendar, which cannot carry it) and the repository's LICENSE.
 * Expected values come from the site configuration (src/site-config.ts), not copies of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LICENCES } from '../../src/site-config.ts';
import { distDir, page } from '../helpers/dist.ts';
import { pageKinds } from '../quality/page-kinds.ts';

const dist = (p: string) => readFileSync(path.join(distDir, p), 'utf8');
const { code, content, originals } = LICENCES;

describe('the footer', () => {
  it.each(pageKinds().map((k) => [k.kind, k.url]))("on %s (%s) names the content licence, the code licence and the originals' rights", (_kind, url) => {
    const footer = parse(page(url)).querySelector('footer')!;
    expect(footer.querySelector(`a[rel="license"][href="${content.url}"]`)?.text).toBe(content.short);
    expect(footer.querySelector(`a[href="${code.url}"]`)?.text).toBe(code.short);
    expect(footer.text.replace(/\s+/g, ' ')).toContain(originals);
  });
});

describe('feeds and downloads', () => {
  it("RSS has a <copyright> with the content licence and the originals' rights", () => {
    const copyright = new XMLParser().parse(dist('rss.xml')).rss.channel.copyright as string;
    expect(copyright).toContain(content.url);
    expect(copyright).toContain(originals);
  });

  it('JSON Feed carries the licence in its documented _lintas extension', () => {
    const feed = JSON.parse(dist('feed.json'));
    expect(feed._lintas).toMatchObject({ license: content.url, license_name: content.name, originals });
    expect(new URL(feed._lintas.about).hash).toBe('#licence');
    expect(parse(page('/data/')).querySelector('#licence')?.text).toContain('_lintas');
  });

  it.each(['events', 'entities'])('%s.json has a license URL and a licence statement', (name) => {
    const doc = JSON.parse(dist(`data/${name}.json`));
    expect(doc.license).toBe(content.url);
    expect(doc.licence).toContain(content.name);
    expect(doc.licence).toContain(originals);
  });

  it('/data/ states the licence of the CSV and iCalendar files', () => {
    const section = parse(page('/data/')).querySelector('#licence')!;
    expect(section.querySelector(`a[rel="license"]`)?.getAttribute('href')).toBe(content.url);
    expect(section.text).toMatch(/CSV and iCalendar/);
    expect(section.text).toContain(originals);
  });
});

describe('the repository', () => {
  it('LICENSE is the code licence and says it does not cover the content', () => {
    const text = readFileSync('LICENSE', 'utf8');
    expect(text.startsWith(code.name)).toBe(true);
    expect(text).toContain(content.url);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).license).toBe(code.spdx);
  });
});
