/**
 * The `_headers` file Netlify and Cloudflare Pages read (src/lib/cache-headers.ts): in both builds, each
 * rule's path carries the build's base path and matches files that exist, and only content-hashed
 * files are kept for a year.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheHeaders } from '../../src/lib/cache-headers.ts';
import { defaultBuild, subpathBuild } from '../helpers/dist.ts';

const rules = (text: string) =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const [path, ...headers] = block.split('\n');
      return { path: path!, headers: headers.map((h) => h.trim()) };
    });

describe.each([defaultBuild, subpathBuild])('_headers in the $name', (build) => {
  const file = path.join(build.dir, '_headers');

  it('is written, with rules under the base path that match built files', () => {
    expect(existsSync(file)).toBe(true);
    const list = rules(readFileSync(file, 'utf8'));
    expect(list.map((r) => r.path)).toContain(`${build.base}og/*`);
    for (const rule of list) {
      expect(rule.path.startsWith(build.base), rule.path).toBe(true);
      expect(rule.path.endsWith('/*'), rule.path).toBe(true);
      const folder = path.join(build.dir, rule.path.slice(build.base.length, -2));
      expect(readdirSync(folder).length, `${rule.path} matches no file`).toBeGreaterThan(0);
      expect(rule.headers.every((h) => /^Cache-Control: /.test(h))).toBe(true);
    }
  });

  it('keeps for a year only files named by their content hash', () => {
    for (const rule of rules(readFileSync(file, 'utf8')).filter((r) => r.headers.some((h) => h.includes('immutable')))) {
      const folder = path.join(build.dir, rule.path.slice(build.base.length, -2));
      for (const name of readdirSync(folder)) expect(name, `${rule.path}: ${name}`).toMatch(/[._-][0-9A-Za-z_-]{6,}\.[a-z_]+$/);
    }
  });
});

describe('cacheHeaders', () => {
  it('puts the base path on every rule, however the base is written', () => {
    expect(cacheHeaders('/')).toMatch(/^\/_astro\/\*\n/);
    expect(cacheHeaders('/lintas')).toMatch(/^\/lintas\/_astro\/\*\n/);
    expect(rules(cacheHeaders('lintas/')).every((r) => r.path.startsWith('/lintas/'))).toBe(true);
  });
});
