/**
 * /search/ does not shift as it opens (issue 12, item 10): the cumulative layout shift, measured in
 * Chromium with a PerformanceObserver for `layout-shift` entries (those within 500 ms of the reader's
 * own input excluded, as in the CLS metric), stays below 0.1 on a phone and on a desktop, light and
 * dark, with the page loaded, the script run, a query's results shown and the filters opened and
 * their counts loaded; and when a shared link arrives with a filter on.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { loadDataset } from '../../src/integrations/dataset.ts';

const { xref } = await loadDataset(process.cwd());
const entities = [...xref.entities.values()];
const query = entities.reduce((a, b) => ((xref.eventsOf.get(b.id)?.length ?? 0) > (xref.eventsOf.get(a.id)?.length ?? 0) ? b : a)).data.name;

const run = useSiteAndBrowser();

const observeShifts = () => {
  const w = window as unknown as { __cls: number; __shifts: string[] };
  w.__cls = 0;
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (e.hadRecentInput) continue;
      w.__cls += e.value;
      w.__shifts.push(`${e.value.toFixed(3)} ${(e.sources ?? []).map((s) => (s.node as Element | undefined)?.className || s.node?.nodeName).join(',')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

async function cls(page: Page): Promise<{ cls: number; shifts: string[] }> {
  await page.waitForTimeout(800);
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
}

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

describe('search page layout shift', () => {
  for (const vp of viewports) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${vp.name} ${scheme}: a query, its results and the filters opened: CLS < 0.1`, async () => {
        const context = await run.browser.newContext({ viewport: { width: vp.width, height: vp.height }, colorScheme: scheme });
        try {
          const page = await context.newPage();
          await page.addInitScript(observeShifts);
          await page.goto(`${run.site.url}/search/?q=${encodeURIComponent(query)}`);
          await page
            .locator('#search-status')
            .filter({ hasText: /results? for/ })
            .waitFor();
          await page.locator('#search-filters summary').click();
          await page.locator('#search-filters .count').first().filter({ hasText: /\d/ }).waitFor();
          const { cls: value, shifts } = await cls(page);
          expect(value, shifts.join('\n')).toBeLessThan(0.1);
        } finally {
          await context.close();
        }
      });
    }

    it(`${vp.name}: arriving with a filter on (filters open as the page opens): CLS < 0.1`, async () => {
      const context = await run.browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      try {
        const page = await context.newPage();
        await page.addInitScript(observeShifts);
        await page.goto(`${run.site.url}/search/?q=${encodeURIComponent(query)}&kind=entity`);
        await page
          .locator('#search-status')
          .filter({ hasText: /filtered/ })
          .waitFor();
        await page.locator('#search-filters .count').first().filter({ hasText: /\d/ }).waitFor();
        expect(await page.locator('#search-filters').getAttribute('open')).not.toBeNull();
        const { cls: value, shifts } = await cls(page);
        expect(value, shifts.join('\n')).toBeLessThan(0.1);
      } finally {
        await context.close();
      }
    });
  }
});
