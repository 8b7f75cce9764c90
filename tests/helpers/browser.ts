/** Debian's Chromium for browser tests: scripts/lib/chromium.ts (the benchmark launches it the same way). */
export { launchChromium } from '../../scripts/lib/chromium.ts';
