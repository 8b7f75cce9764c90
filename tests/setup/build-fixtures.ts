/**
 * Builds the fixture sites (tests/fixtures/<name>/: a content/ folder and an astro.config.mjs that
 * reuses the project's configuration and src/) into tests/fixtures/<name>/dist, before the tests
 * that read them (tests/fixture-site/). Like Starlight's __tests__ fixtures: behaviour is tested on
 * small content written for the test, which no editor changes, while the tests over the real site
 * derive what they expect from content/. LINTAS_SKIP_BUILD=1 reuses an existing build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, fixtureDist, fixtureRoot } from '../helpers/fixture-site.ts';

const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');

export default function setup() {
  for (const name of FIXTURES) {
    const dist = fixtureDist(name);
    if (process.env.LINTAS_SKIP_BUILD === '1' && existsSync(path.join(dist, 'index.html'))) continue;
    rmSync(dist, { recursive: true, force: true });
    // As scripts/build.ts does: vitest sets DEV=1, and a production build must not see it.
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[key];
    const result = spawnSync(process.execPath, [astroBin, 'build', '--root', fixtureRoot(name), '--silent'], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`the fixture site ${name} did not build:\n${result.stdout}\n${result.stderr}`);
  }
}
