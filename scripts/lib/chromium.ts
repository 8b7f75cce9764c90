/**
 * Debian's Chromium (apt-get install -y chromium; set CHROMIUM_PATH to use another), headless and
 * quiet, through playwright-core: no browser downloads are possible here. Used by the browser tests
 * and the benchmark's first-search measurement.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const haveChromium = () => existsSync(chromiumPath());

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}
