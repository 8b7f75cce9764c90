/**
 * Tests: unit tests of the pure logic (tests/unit), checks against bad content (tests/checks),
 * tests of the built site (tests/build, tests/quality) and browser tests in Debian's Chromium
 * (tests/e2e), which derive what they expect from content/; behaviour tests on a small fixture site
 * with content of its own (tests/fixture-site, tests/fixtures/basic); the structure of src/
 * (tests/structure). The global setup builds the real site and the fixture site once, so every
 * test reads the current builds.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts', 'tests/setup/build-fixtures.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: true,
  },
});
