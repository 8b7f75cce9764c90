/**
 * The timeline overview in Chromium: arrow keys move between marks with the focus visible; the page's
 * filters dim the marks of the events they leave out; without JavaScript the marks are plain links.
 */
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';

const run = useSiteAndBrowser();

describe('timeline overview', () => {
  it('moves between marks with the arrow keys, in time order, with a visible focus', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${run.site.url}/timeline/`);
    const marks = page.locator('timeline-overview a.ov-mark');
    const count = await marks.count();
    expect(count).toBeGreaterThan(1);
    await marks.first().focus();
    const focused = () => page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('data-event'));
    const first = await focused();
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second).not.toBe(first);
    expect(second).toBe(await marks.nth(1).getAttribute('data-event'));
    await page.keyboard.press('End');
    expect(await focused()).toBe(await marks.last().getAttribute('data-event'));
    await page.keyboard.press('Home');
    expect(await focused()).toBe(first);
    // Only one mark is in the tab order: Tab leaves the overview instead of walking every mark.
    expect(await page.locator('timeline-overview a.ov-mark[tabindex="0"]').count()).toBe(1);
    // The focused mark is drawn differently from the others.
    const stroke = (i: number) =>
      marks
        .nth(i)
        .locator('circle, rect')
        .first()
        .evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(await stroke(0)).not.toBe(await stroke(1));
    await page.close();
  });

  it('dims the marks of the events a filter leaves out, and only those', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${run.site.url}/timeline/`);
    await page.click('nav[aria-label="Years and months"] a.font-bold');
    // The least common kind of event: a filter that leaves most events out.
    const filter = page.locator('.filters a[data-facet="action"]').last();
    const value = (await filter.getAttribute('data-value'))!;
    await filter.click();
    // Filtered in place: the URL is the filtered view's; until then every event would still be shown.
    await expect.poll(() => new URL(page.url()).pathname).toMatch(new RegExp(`/action/${value.toLowerCase()}/$`));
    await expect.poll(() => page.locator('li.event:visible').count()).toBeGreaterThan(0);
    const shown = await page.locator('li.event:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    const bright = await page.locator('timeline-overview a.ov-mark:not(.ov-dim)').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    expect(bright.sort()).toEqual(shown.sort());
    await page.close();
  });

  it('is a picture of links without JavaScript', async () => {
    const context = await run.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${run.site.url}/timeline/`);
    const mark = page.locator('timeline-overview a.ov-mark').first();
    const href = await mark.getAttribute('href');
    expect(href).toMatch(/^#event-/);
    // At 390 px the overview scrolls inside its own box; the page does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });
});
