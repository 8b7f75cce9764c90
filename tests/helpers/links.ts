/**
 * The link-and-anchor crawler of a built site, for any build (tests/quality/links.test.ts runs it on
 * the default and the sub-path build): every internal link resolves to a built file (a directory URL to
 * its index.html), stays under the site's base path, and its #fragment names an element with that id
 * (or a named <a>) in the target page. Absolute URLs on the site's own origin (canonical, feeds,
 * og:image) count as internal.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Build } from './dist.ts';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));
}

/** The URL path of a built file: <dir>/a/b/index.html -> <base>a/b/ */
export function urlOf(build: Build, file: string): string {
  const rel = build.base + path.relative(build.dir, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The built file a URL path (with the base) resolves to, or null; a path outside the base resolves to nothing. */
export function fileFor(build: Build, urlPath: string): string | null {
  if (!urlPath.startsWith(build.base)) return null;
  const file = path.join(build.dir, decodeURIComponent(urlPath.slice(build.base.length)));
  if (!file.startsWith(build.dir)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : null;
}

export interface CrawlResult {
  pages: number;
  checked: number;
  broken: string[];
}

export function crawl(build: Build): CrawlResult {
  const idCache = new Map<string, Set<string>>();
  const idsIn = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      const root = parse(readFileSync(file, 'utf8'));
      ids = new Set<string>();
      for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
      for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
      idCache.set(file, ids);
    }
    return ids;
  };
  const files = htmlFiles(build.dir);
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const pageUrl = urlOf(build, file);
    const root = parse(readFileSync(file, 'utf8'));
    const refs = [
      ...root.querySelectorAll('a[href], area[href]').map((el) => el.getAttribute('href')!),
      ...root
        .querySelectorAll('link[href]')
        .filter((el) => !/preconnect|dns-prefetch/.test(el.getAttribute('rel') ?? ''))
        .map((el) => el.getAttribute('href')!),
      ...root.querySelectorAll('img[src], script[src], source[src]').map((el) => el.getAttribute('src')!),
      ...root.querySelectorAll('form[action]').map((el) => el.getAttribute('action')!),
      ...root.querySelectorAll('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]').map((el) => el.getAttribute('content')!),
    ];
    for (const raw of refs) {
      const href = raw.trim();
      if (href === '' || /^(mailto:|tel:|javascript:|data:)/i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, new URL(pageUrl, build.root.origin));
      } catch {
        broken.push(`${pageUrl}: unparseable link "${href}"`);
        continue;
      }
      if (url.origin !== build.root.origin) continue; // external
      checked++;
      const target = fileFor(build, url.pathname);
      if (!target) {
        broken.push(`${pageUrl}: "${href}" -> ${url.pathname.startsWith(build.base) ? 'no built file for' : 'outside the base path'} ${url.pathname}`);
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsIn(target).has(id)) broken.push(`${pageUrl}: "${href}" -> no id="${id}" in ${urlOf(build, target)}`);
      }
    }
  }
  return { pages: files.length, checked, broken };
}
