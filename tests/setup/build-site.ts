/**
 * Builds the site twice before the tests that read it: into dist/ as configured, and into
 * .dist-test-subpath/ for another host under a sub-path (tests/helpers/dist.ts `subpathBuild`), one
 * after the other (they share .astro/ and the card cache). Skip both with LINTAS_SKIP_BUILD=1 when
 * they are known to be current, e.g. right after `npm run build` and `npm run build:subpath`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SUBPATH_BASE, SUBPATH_SITE, subpathBuild } from '../helpers/dist.ts';
import { resolveChromium } from '../../scripts/lib/chromium.ts';

const build = (args: string[]) => execFileSync('npm', ['run', 'build', '--silent', '--', ...args], { stdio: ['ignore', 'inherit', 'inherit'] });

export default async function setup() {
  // Unpack the npm Chromium (where it is the one used) once, before the browser test files start in parallel.
  const chromium = resolveChromium().catch(() => null);
  const skip = process.env.LINTAS_SKIP_BUILD === '1';
  if (!skip || !existsSync('dist/index.html')) build([]);
  if (!skip || !existsSync(path.join(subpathBuild.dir, 'index.html'))) {
    build([`--dist=${path.relative(process.cwd(), subpathBuild.dir)}`, '--site', SUBPATH_SITE, '--base', SUBPATH_BASE]);
  }
  await chromium;
}
