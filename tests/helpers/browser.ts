/**
 * Chromium for browser tests: scripts/lib/chromium.ts (CHROMIUM_PATH, a system Chromium, or the one
 * from npm; the benchmark launches it the same way). Never skipped: with no Chromium, each browser
 * test file fails with one line saying how to get one.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serve, type Site } from './serve.ts';

export { launchChromium };

/**
 * A built site served on loopback and a Chromium, for one test file: started before its tests, closed
 * after them. `open` serves another build (the sub-path one); the default is dist/.
 */
export function useSiteAndBrowser(open: () => Promise<Site> = () => serve()): { readonly site: Site; readonly browser: Browser } {
  let site: Site | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await open();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      return site!;
    },
    get browser() {
      return browser!;
    },
  };
}
