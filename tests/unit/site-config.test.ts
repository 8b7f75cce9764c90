/** The site configuration (src/site-config.ts) and the URL helpers that apply it (src/lib/paths.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, fromEnv, resolveSiteConfig, siteRoot } from '../../src/site-config.ts';
import { absolute, sitePath, url } from '../../src/lib/paths.ts';

describe('resolveSiteConfig', () => {
  it('builds locally with no settings at all', () => {
    const c = resolveSiteConfig({});
    expect(c.site).toBe(DEFAULT_SITE);
    expect(c.base).toBe('/');
    expect(c.language).toBe('en');
    expect(c.contact).toBeUndefined();
    expect(c.licences.code.spdx).toBe('MIT');
    expect(c.licences.content.spdx).toBe('CC-BY-4.0');
    expect(c.licences.originals).toMatch(/original articles remain/i);
  });

  it.each([
    ['/lintas/', '/lintas/'],
    ['/lintas', '/lintas/'],
    ['lintas', '/lintas/'],
    ['/a/b', '/a/b/'],
    ['/', '/'],
    ['', '/'],
  ])('base %j -> %j', (base, expected) => {
    expect(resolveSiteConfig({ base }).base).toBe(expected);
  });

  it('keeps the origin of the site URL, with or without a trailing slash', () => {
    expect(resolveSiteConfig({ site: 'https://news.example.com/' }).site).toBe('https://news.example.com');
    expect(resolveSiteConfig({ site: 'http://127.0.0.1:4321' }).site).toBe('http://127.0.0.1:4321');
  });

  it.each([
    [{ site: 'news.example.com' }, 'site: must be an absolute http(s) URL'],
    [{ site: 'ftp://news.example.com' }, 'site: must be an absolute http(s) URL'],
    [{ site: 'https://owner.github.io/lintas' }, 'site: must be an origin only'],
    [{ base: '/a b/' }, 'base: must be a path like /lintas/'],
    [{ base: '/../' }, 'base: must be a path like /lintas/'],
    [{ contact: {} }, 'contact: give an email or a url'],
  ])('refuses %j, naming the setting and the fix', (input, message) => {
    expect(() => resolveSiteConfig(input)).toThrow(message);
  });

  it('reads LINTAS_SITE and LINTAS_BASE, ignoring empty values', () => {
    expect(fromEnv({ LINTAS_SITE: 'https://news.example.net', LINTAS_BASE: '/lintas' })).toMatchObject({ site: 'https://news.example.net', base: '/lintas/' });
    expect(fromEnv({ LINTAS_SITE: '', LINTAS_BASE: ' ' })).toMatchObject({ site: DEFAULT_SITE, base: '/' });
  });

  it('puts the base on the site: the root every absolute URL resolves against', () => {
    expect(siteRoot(resolveSiteConfig({ site: 'https://news.example.net', base: '/lintas/' })).href).toBe('https://news.example.net/lintas/');
    expect(siteRoot(resolveSiteConfig({})).href).toBe(`${DEFAULT_SITE}/`);
  });
});

describe('URL helpers', () => {
  it('absolute() keeps the base, for paths with and without a leading slash, fragments and queries', () => {
    const root = 'https://news.example.net/lintas/';
    expect(absolute(root, '/')).toBe(root);
    expect(absolute(root, '/timeline/2020/#event-x')).toBe(`${root}timeline/2020/#event-x`);
    expect(absolute(root, 'data/events.json')).toBe(`${root}data/events.json`);
    expect(absolute('https://news.example.net/lintas', '/bans/')).toBe(`${root}bans/`);
    expect(absolute('https://news.example.net', '/bans/')).toBe('https://news.example.net/bans/');
  });

  it('url() and sitePath() are each other\'s inverse under the base of this build (vitest: "/")', () => {
    expect(url('/entities/zoom/')).toBe('/entities/zoom/');
    expect(url('entities/zoom/')).toBe('/entities/zoom/');
    expect(sitePath(url('/bans/'))).toBe('/bans/');
  });
});

describe('one place', () => {
  it(`no file in src/ but src/site-config.ts names the default site's host (${new URL(DEFAULT_SITE).host})`, () => {
    const files = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThan(50);
    const naming = files.filter((f) => f !== path.join('src', 'site-config.ts') && readFileSync(f, 'utf8').includes(new URL(DEFAULT_SITE).host));
    expect(naming).toEqual([]);
  });
});
