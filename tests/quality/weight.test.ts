/**
 * Page weight, one page of each kind: the gzip-compressed HTML plus every stylesheet it links must
 * stay within a budget, and pages that need no script ship none from a file (no <script src>, no
 * module script) and at most a tiny inline script.
 *
 * Budgets, measured on the seed content (gzip level 9, 2026-11-27), with headroom for the archive to
 * grow without an editor tripping the gate, while still catching a framework runtime or an unpurged
 * stylesheet (either adds tens of kB):
 *   article        10.0 kB HTML + 5.1 kB CSS = ~15 kB -> budget 50 kB (the figure)
 *   timeline 2020  24.3 kB + 5.1 kB         = ~29 kB -> budget 60 kB; the largest pages, and they
 *   entity (zoom)  21.2 kB + 5.1 kB         = ~26 kB    grow with every event added
 *   others         under 21 kB                       -> budget 60 kB
 * Inline script, budget 3 kB a page: the header's search shortcut (0.7 kB, every page), plus either
 * the measures table's sort buttons (0.7 kB, /bans/ and entity pages with measures) or the timeline's
 * in-place filtering (1.0 kB, timeline year and filtered views), plus the timeline overview's arrow
 * keys and filter highlighting (0.9 kB, pages with an overview): 2.9 kB at most today.
 * JSON-LD (`application/ld+json`) is data, not script, and counts only as HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, page } from '../helpers/dist.ts';
import { pageKinds } from './page-kinds.ts';

const KB = 1024;
const budget = (kind: string) => (kind === 'article' ? 50 * KB : 60 * KB);
const INLINE_SCRIPT_BUDGET = 3 * KB;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const isData = (type: string | undefined) => !!type && /json/i.test(type);

describe('page weight', () => {
  for (const { kind, url, needsScript } of pageKinds()) {
    it(`${kind} ${url}: compressed HTML + CSS within budget${needsScript ? '' : ', no script file'}`, () => {
      const html = page(url);
      const root = parse(html);
      const css = root
        .querySelectorAll('link[rel~="stylesheet"][href]')
        .map((l) => readFileSync(path.join(distDir, new URL(l.getAttribute('href')!, 'https://x' + url).pathname)));
      const htmlGz = gz(html);
      const cssGz = css.reduce((n, c) => n + gz(c), 0);
      const total = htmlGz + cssGz;
      expect(
        total,
        `${url}: ${(htmlGz / KB).toFixed(1)} kB HTML + ${(cssGz / KB).toFixed(1)} kB CSS compressed, budget ${budget(kind) / KB} kB`,
      ).toBeLessThanOrEqual(budget(kind));

      const scripts = root.querySelectorAll('script').filter((s) => !isData(s.getAttribute('type')));
      const inlineBytes = scripts.filter((s) => !s.hasAttribute('src')).reduce((n, s) => n + Buffer.byteLength(s.textContent), 0);
      expect(inlineBytes, `${url}: ${inlineBytes} bytes of inline script, budget ${INLINE_SCRIPT_BUDGET}`).toBeLessThanOrEqual(INLINE_SCRIPT_BUDGET);
      if (!needsScript) {
        const files = scripts.filter((s) => s.hasAttribute('src')).map((s) => s.getAttribute('src'));
        const preloads = root.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href'));
        expect([...files, ...preloads], `${url} needs no script but loads some`).toEqual([]);
      }
    });
  }
});
