/** Timeline filters: real links without JavaScript, in-page filtering with it; reversals linked both ways. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serve, type Site } from '../helpers/serve.ts';

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await serve();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('timeline filters', () => {
  it('filter in place with JavaScript, keeping a shareable URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/timeline/2020/`);
    const all = await page.locator('li.event:visible').count();
    await page.click('.filters a[data-facet="action"][data-value="reversal"]');
    await expect.poll(() => page.locator('li.event:visible').count()).toBe(2);
    expect(all).toBeGreaterThan(25);
    expect(page.url()).toBe(`${site.url}/timeline/2020/action/reversal/`);
    expect(await page.locator('[data-timeline-status]').textContent()).toContain('Showing 2 events');
    await page.close();
  });

  it('work without JavaScript as static filtered views', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/timeline/2020/`);
    await page.click('.filters a[data-facet="country"][data-value="SG"]');
    expect(page.url()).toBe(`${site.url}/timeline/2020/country/sg/`);
    const titles = await page.locator('li.event .event-title').allTextContents();
    expect(titles.length).toBe(2);
    expect(await page.locator('h1').textContent()).toContain('Singapore');
    await context.close();
  });

  it('link a reversal and what it reverses both ways', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/timeline/2020/#event-nycdoe-reversal`);
    const reverses = page.locator('#event-nycdoe-reversal .reversal a');
    expect(await reverses.getAttribute('href')).toBe('/timeline/2020/#event-nycdoe-ban');
    expect(await page.locator('#event-nycdoe-ban .reversal a').getAttribute('href')).toBe('/timeline/2020/#event-nycdoe-reversal');
    await page.close();
  });
});
