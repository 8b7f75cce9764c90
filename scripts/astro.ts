/**
 * `npm run dev` and `npm run preview`: Astro's CLI in the foreground, on this same Node (v24, from the
 * `node` devDependency), on every platform. Astro 7 detaches `astro dev` and `astro preview` into the
 * background unless ASTRO_DEV_BACKGROUND=0 / ASTRO_PREVIEW_BACKGROUND=0; setting that in package.json
 * as `VAR=0 astro dev` is POSIX shell syntax, which npm's default shell on Windows (cmd.exe) rejects.
 * A script sets it instead (no cross-env dependency for two variables). Usage: node scripts/astro.ts dev [args]
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
const [command, ...args] = process.argv.slice(2);
if (command !== 'dev' && command !== 'preview') {
  console.error('usage: node scripts/astro.ts dev|preview [astro options]');
  process.exit(2);
}
const env = { ...process.env, ASTRO_DEV_BACKGROUND: '0', ASTRO_PREVIEW_BACKGROUND: '0' };
const child = spawn(process.execPath, [astroBin, command, ...args], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
