/**
 * `npm run build`: builds the site into a staging folder and swaps it in as `dist/` only when the
 * build succeeds, so `dist/` is always the previous good site or the new one:
 * - a failed build leaves the previous `dist/` as it was;
 * - a build killed at any moment (SIGKILL to the process group, to this wrapper alone, or between the
 *   two renames of the swap) is cleaned up by the next build, which first puts the last good site
 *   back if it is missing and removes every leftover `.dist-*` folder (scripts/lib/dist-folders.ts);
 * - when this wrapper dies, Astro dies with it (scripts/lib/exit-with-parent.ts).
 * Extra arguments go to `astro build` (e.g. `--site`, `--base`), except `--dist=<folder>`, which
 * replaces that folder instead of dist/ (the tests' sub-path build uses it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { withAllocatorEnv } from './lib/allocator-env.ts';
import { oldDir, recoverDist, stagingDir, TARGET_FILE } from './lib/dist-folders.ts';

const root = path.resolve(import.meta.dirname, '..');
const distArg = process.argv.slice(2).find((a) => a.startsWith('--dist='));
const dist = path.resolve(root, distArg ? distArg.slice('--dist='.length) : 'dist');
const distName = `${path.relative(root, dist)}/`;
// One staging folder per build, so two builds in the same tree cannot write into each other.
const staging = stagingDir(root);
const old = oldDir(root);

const args = process.argv.slice(2).filter((a) => a !== distArg);
if (args.some((a) => a === '--outDir' || a.startsWith('--outDir='))) {
  console.error('build: --outDir is set by scripts/build.ts (it builds into a staging folder, then replaces dist/)');
  process.exit(2);
}

const recovered = await recoverDist(root);
if (recovered.restored) console.log(`build: an earlier build was interrupted; restored the last good site from ${recovered.restored}`);
if (recovered.removed.length > 0) console.log(`build: removed what interrupted builds left: ${recovered.removed.join(', ')}`);

// Run Astro's CLI with this same Node (v24), whatever `node` is first on the PATH.
const astroBin = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');

// Astro lets process.env override import.meta.env, so DEV=1 in the environment (vitest sets it, for one)
// would make the production build include drafts. A build is always a production build.
// withAllocatorEnv: Skia's allocator keeps freed pages for the next card (scripts/lib/allocator-env.ts).
const env: NodeJS.ProcessEnv = withAllocatorEnv({ ...process.env, NODE_ENV: 'production' });
for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[key];

const preload = path.join(import.meta.dirname, 'lib/exit-with-parent.ts');
const child = spawn(process.execPath, ['--import', preload, astroBin, 'build', '--outDir', staging, ...args], {
  cwd: root,
  env,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
});
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
  console.error(`\nbuild failed: ${existsSync(dist) ? `the previous ${distName} is unchanged` : `no ${distName} was written`}.`);
  process.exit(code || 1);
}

try {
  if (existsSync(dist)) {
    // Which folder the old site belongs back in, should this build die before the next rename.
    await writeFile(path.join(dist, TARGET_FILE), path.relative(root, dist));
    await rename(dist, old);
  }
  try {
    await rename(staging, dist);
  } catch (error) {
    if (existsSync(old)) {
      await rename(old, dist);
      await rm(path.join(dist, TARGET_FILE), { force: true });
    }
    throw error;
  }
  await rm(old, { recursive: true, force: true });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`build: could not replace ${distName}: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`build: ${distName} replaced with the new build`);
