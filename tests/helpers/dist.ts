/** Reading the built sites in tests: dist/ (the default build) and the sub-path build. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fromEnv, siteRoot } from '../../src/site-config.ts';

export const distDir = path.resolve('dist');

export interface Build {
  /** What the tests call it. */
  name: string;
  dir: string;
  /** The site URL with its base, as the build was told: "https://news.example.net/lintas/". */
  root: URL;
  /** The base path: "/" or "/lintas/". */
  base: string;
}

/** dist/, built by `npm run build` with the configuration in force (LINTAS_SITE, LINTAS_BASE or the defaults). */
const defaults = fromEnv();
export const defaultBuild: Build = { name: 'default build', dir: distDir, root: siteRoot(defaults), base: defaults.base };

/**
 * The same site built for a sub-path on another host, as a GitHub Pages project site is (tests/setup/build-site.ts
 * builds it with `--site` and `--base`): every link, asset, feed and the search must keep the base.
 */
export const SUBPATH_SITE = 'https://news.example.net';
export const SUBPATH_BASE = '/lintas/';
export const subpathBuild: Build = {
  name: `sub-path build (${SUBPATH_SITE}${SUBPATH_BASE})`,
  dir: path.resolve('.dist-test-subpath'),
  root: new URL(SUBPATH_BASE, SUBPATH_SITE),
  base: SUBPATH_BASE,
};

/** The HTML of a built page in the build folder `dir` by its URL path, e.g. "/articles/x/". */
export function pageIn(dir: string, urlPath: string): string {
  const file = path.join(dir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) throw new Error(`no built page for ${urlPath} (looked for ${file})`);
  return readFileSync(file, 'utf8');
}

/** The HTML of a page of the real site's build (dist/). */
export const page = (urlPath: string): string => pageIn(distDir, urlPath);
