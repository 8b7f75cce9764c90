/**
 * Chromium for browser tests: scripts/lib/chromium.ts (CHROMIUM_PATH, a system Chromium, or the one
 * from npm; the benchmark launches it the same way). Never skipped: with no Chromium, each browser
 * test file fails with one line saying how to get one.
 */
export { launchChromium } from '../../scripts/lib/chromium.ts';
