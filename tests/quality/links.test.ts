/**
 * Every internal link and #anchor in the built site resolves: the path to a built file (a directory
 * URL to its index.html), and the fragment to an element with that id (or a named <a>) in the target
 * page. All broken links are reported at once, each with the page it is on.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { fixtureDist } from '../helpers/fixture-site.ts';

const SITE = 'https://lintas.example.org';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));
}

/** The URL path of a built file: dist/a/b/index.html -> /a/b/ */
function urlOf(distDir: string, file: string): string {
  const rel = '/' + path.relative(distDir, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The built file a URL path resolves to, or null. */
function fileFor(distDir: string, urlPath: string): string | null {
  const file = path.join(distDir, decodeURIComponent(urlPath));
  if (!file.startsWith(distDir)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : null;
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const root = parse(readFileSync(file, 'utf8'));
    ids = new Set<string>();
    for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
    for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    idCache.set(file, ids);
  }
  return ids;
}

// The real site, and the fixture site (tests/fixtures/basic), whose content exercises every kind of link.
describe.each([
  ['the site', distDir],
  ['the fixture site', fixtureDist('basic')],
])('internal links of %s', (_, distDir) => {
  const files = htmlFiles(distDir);

  it('the site has pages to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const pageUrl = urlOf(distDir, file);
      const root = parse(readFileSync(file, 'utf8'));
      const refs = [
        ...root.querySelectorAll('a[href], area[href]').map((el) => ['href', el.getAttribute('href')!] as const),
        ...root.querySelectorAll('link[href]').filter((el) => !/preconnect|dns-prefetch/.test(el.getAttribute('rel') ?? ''))
          .map((el) => ['href', el.getAttribute('href')!] as const),
        ...root.querySelectorAll('img[src], script[src], source[src]').map((el) => ['src', el.getAttribute('src')!] as const),
      ];
      for (const [, raw] of refs) {
        const href = raw.trim();
        if (href === '' || /^(mailto:|tel:|javascript:|data:)/i.test(href)) continue;
        let url: URL;
        try {
          url = new URL(href, SITE + pageUrl);
        } catch {
          broken.push(`${pageUrl}: unparseable link "${href}"`);
          continue;
        }
        if (url.origin !== SITE) continue; // external
        checked++;
        const target = fileFor(distDir, url.pathname);
        if (!target) {
          broken.push(`${pageUrl}: "${href}" -> no built file for ${url.pathname}`);
          continue;
        }
        if (url.hash.length > 1 && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!idsIn(target).has(id)) broken.push(`${pageUrl}: "${href}" -> no id="${id}" in ${urlOf(distDir, target)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken, `${broken.length} broken internal link(s):\n${broken.join('\n')}`).toEqual([]);
  });
});
