/**
 * Accessibility in a real browser: axe-core in Debian's Chromium on one page of each kind, in light and
 * dark colour schemes, at a phone width (390px) and a desktop width (1280px), against WCAG 2.0/2.1 A
 * and AA and WCAG 2.2 AA. Zero violations; a failure prints each violation with its target selectors.
 * Plus a keyboard walk through the timeline filters.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serve, type Site } from '../helpers/serve.ts';
import { pageKinds } from './page-kinds.ts';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
let site: Site;

beforeAll(async () => {
  [site, browser] = await Promise.all([serve(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(url: string, width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const response = await page.goto(site.url + url, { waitUntil: 'load' });
  expect(response?.status(), `${url} should be served`).toBe(200);
  return page;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`,
    )
    .join('\n');
}

describe('axe-core, WCAG 2.2 AA', () => {
  for (const { kind, url } of pageKinds()) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        it(`${kind} ${url} at ${width}px, ${scheme}`, async () => {
          const page = await open(url, width, scheme);
          try {
            await page.addScriptTag({ path: axePath });
            const violations = (await page.evaluate(
              (tags) =>
                (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe
                  .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
                  .then((r) => r.violations),
              TAGS,
            )) as AxeViolation[];
            expect(violations.length, `${url} at ${width}px, ${scheme}:\n${describeViolations(violations)}`).toBe(0);
          } finally {
            await page.context().close();
          }
        });
      }
    }
  }
});

describe('keyboard', () => {
  it('walks from the skip link to a timeline filter and opens it with Enter', async () => {
    const yearUrl = pageKinds().find((k) => k.kind === 'timeline year')!.url;
    const page = await open(yearUrl, 1280, 'light');
    try {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
      const filter = new RegExp(`^${yearUrl}[a-z-]+/[a-z0-9-]+/$`);
      let href = '';
      for (let i = 0; i < 80 && !filter.test(href); i++) {
        await page.keyboard.press('Tab');
        href = await page.evaluate(() => {
          const el = document.activeElement;
          return el instanceof HTMLAnchorElement && el.closest('.filters') ? new URL(el.href).pathname : '';
        });
      }
      expect(href, 'no timeline filter link reached with Tab within 80 presses').toMatch(filter);
      // The focused filter link is visible and shows a focus outline.
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return { w: r.width, h: r.height, visibility: s.visibility, outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) };
      });
      expect(focus.w).toBeGreaterThan(0);
      expect(focus.h).toBeGreaterThan(0);
      expect(focus.visibility).toBe('visible');
      expect(focus.outline).not.toBe('none');
      expect(focus.outlineWidth).toBeGreaterThan(0);

      await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toMatch(filter);
      // The filtered view marks the chosen filter as the current page.
      expect(await page.locator(`.filters a[href="${href}"][aria-current="page"]`).count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });
});
