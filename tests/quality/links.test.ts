/**
 * Every internal link and #anchor in the built site resolves (tests/helpers/links.ts), in the default
 * build and in the build for another host under a sub-path: the path to a built file under the base,
 * and the fragment to an element with that id in the target page. All broken links are reported at
 * once, each with the page it is on.
 */
import { describe, expect, it } from 'vitest';
import { defaultBuild, subpathBuild, type Build } from '../helpers/dist.ts';
import { fixtureDist } from '../helpers/fixture-site.ts';
import { crawl } from '../helpers/links.ts';

/** The fixture site (tests/fixtures/basic), built with the default configuration. */
const fixtureBuild: Build = { ...defaultBuild, name: 'fixture site', dir: fixtureDist('basic') };

describe.each([defaultBuild, subpathBuild, fixtureBuild])('internal links: $name', (build) => {
  const result = crawl(build);

  it('the site has pages to check', () => {
    expect(result.pages).toBeGreaterThan(10);
  });

  it('every internal link and #anchor resolves', () => {
    expect(result.checked).toBeGreaterThan(100);
    expect(result.broken, `${result.broken.length} broken internal link(s):\n${result.broken.join('\n')}`).toEqual([]);
  });
});
