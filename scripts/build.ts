/**
 * `npm run build`: builds the site into a staging folder and swaps it in as `dist/` only when the
 * build succeeds, so a failed build never leaves a half-written `dist/` to deploy: the previous
 * `dist/` (if any) stays as it was. Extra arguments go to `astro build` (e.g. `--site`, `--base`), except
 * `--dist=<folder>`, which replaces that folder instead of dist/ (the tests' sub-path build uses it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const distArg = process.argv.slice(2).find((a) => a.startsWith('--dist='));
const dist = path.resolve(root, distArg ? distArg.slice('--dist='.length) : 'dist');
// One staging folder per build, so two builds in the same tree cannot write into each other.
const staging = path.join(root, `.dist-staging-${process.pid}`);
const old = path.join(root, `.dist-old-${process.pid}`);

const args = process.argv.slice(2).filter((a) => a !== distArg);
if (args.some((a) => a === '--outDir' || a.startsWith('--outDir='))) {
  console.error('build: --outDir is set by scripts/build.ts (it builds into a staging folder, then replaces dist/)');
  process.exit(2);
}

// Run Astro's CLI with this same Node (v24), whatever `node` is first on the PATH.
const astroBin = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');

// Astro lets process.env override import.meta.env, so DEV=1 in the environment (vitest sets it, for one)
// would make the production build include drafts. A build is always a production build.
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[key];

const child = spawn(process.execPath, [astroBin, 'build', '--outDir', staging, ...args], { cwd: root, env, stdio: 'inherit' });
const forward = (signal: NodeJS.Signals) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);

const code = await new Promise<number>((resolve) => {
  child.on('error', (error) => {
    console.error(`build: could not start astro: ${error.message}`);
    resolve(1);
  });
  child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
});

if (code !== 0 || !existsSync(staging)) {
  await rm(staging, { recursive: true, force: true });
  const name = `${path.relative(root, dist)}/`;
  console.error(`\nbuild failed: ${existsSync(dist) ? `the previous ${name} is unchanged` : `no ${name} was written`}.`);
  process.exit(code || 1);
}

try {
  if (existsSync(dist)) await rename(dist, old);
  try {
    await rename(staging, dist);
  } catch (error) {
    if (existsSync(old)) await rename(old, dist);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`build: could not replace ${path.relative(root, dist)}/: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`build: ${path.relative(root, dist)}/ replaced with the new build`);
