/**
 * Tests: unit tests of the pure logic (tests/unit), checks against bad content (tests/checks),
 * tests of the built site (tests/build) and browser tests in Debian's Chromium (tests/e2e).
 * The global setup builds the site once, so every test reads the current build.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: true,
  },
});
