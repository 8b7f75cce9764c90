/**
 * Timeline filters: real links without JavaScript, in-page filtering with it; reversals linked both
 * ways. The year, the filters and the counts they must show are worked out from content/, so an
 * added or removed event changes what is expected, not whether the test passes.
 */
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { actorsOf, readContent, whenOf, type Item } from '../helpers/content.ts';
import { countryName } from '../../src/lib/languages.ts';

const content = readContent();
const yearOf = (e: Item) => whenOf(e).slice(0, 4);
/** The year with the most events: its page is where the filters matter most. */
const year = [...new Set(content.events.map(yearOf))].sort(
  (a, b) => content.events.filter((e) => yearOf(e) === b).length - content.events.filter((e) => yearOf(e) === a).length || a.localeCompare(b),
)[0]!;
const inYear = content.events.filter((e) => yearOf(e) === year);
const countriesOf = (e: Item) => [
  ...new Set(
    actorsOf(e)
      .map((a) => content.entity(a).data.country)
      .filter((c): c is string => !!c),
  ),
];

/** The rarest value of a facet in the year (ties: the first in order), and how many events have it. */
function rarest(values: (e: Item) => string[]): { value: string; count: number } {
  const counts = new Map<string, number>();
  for (const e of inYear) for (const v of values(e)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [value, count] = [...counts].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (value === undefined || count === undefined) throw new Error(`no events in ${year} to filter`);
  return { value, count };
}

const run = useSiteAndBrowser();

describe('timeline filters', () => {
  it('filter in place with JavaScript, keeping a shareable URL', async () => {
    const action = rarest((e) => [e.data.action]);
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${run.site.url}/timeline/${year}/`);
    expect(await page.locator('li.event:visible').count()).toBe(inYear.length);
    await page.click(`.filters a[data-facet="action"][data-value="${action.value}"]`);
    await expect.poll(() => page.locator('li.event:visible').count()).toBe(action.count);
    expect(page.url()).toBe(`${run.site.url}/timeline/${year}/action/${action.value}/`);
    expect(await page.locator('[data-timeline-status]').textContent()).toContain(`Showing ${action.count} events`);
    await page.close();
  });

  it('work without JavaScript as static filtered views', async () => {
    const country = rarest(countriesOf);
    const context = await run.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${run.site.url}/timeline/${year}/`);
    await page.click(`.filters a[data-facet="country"][data-value="${country.value}"]`);
    expect(page.url()).toBe(`${run.site.url}/timeline/${year}/country/${country.value.toLowerCase()}/`);
    // Each listed event links to its anchor on the year's page.
    const links = await page.locator('li.event .event-title a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links.sort()).toEqual(
      inYear
        .filter((e) => countriesOf(e).includes(country.value))
        .map((e) => `/timeline/${year}/#event-${e.id}`)
        .sort(),
    );
    expect(await page.locator('h1').textContent()).toContain(countryName(country.value));
    await context.close();
  });

  it('link a reversal and what it reverses both ways', async () => {
    const reversals = content.events.filter((e) => e.data.reverses);
    const page = await run.browser.newPage();
    await page.goto(`${run.site.url}/timeline/${year}/`);
    expect(await page.locator('.reversal a').count()).toBe(2 * reversals.filter((r) => yearOf(r) === year).length);
    // Each year's page is loaded once: going to another #anchor of the page already shown is a
    // same-document navigation, which Chromium may report as interrupted by the one before it.
    const open = async (y: string) => {
      if (new URL(page.url()).pathname !== `/timeline/${y}/`) await page.goto(`${run.site.url}/timeline/${y}/`);
    };
    for (const r of reversals) {
      const reversed = content.event(r.data.reverses);
      await open(yearOf(r));
      expect(await page.locator(`#event-${r.id} .reversal a`).getAttribute('href')).toBe(`/timeline/${yearOf(reversed)}/#event-${reversed.id}`);
      await open(yearOf(reversed));
      expect(await page.locator(`#event-${reversed.id} .reversal a`).getAttribute('href')).toBe(`/timeline/${yearOf(r)}/#event-${r.id}`);
    }
    await page.close();
  });
});
