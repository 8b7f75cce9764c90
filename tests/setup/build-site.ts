/**
 * Builds the site once before the tests that read `dist/` (skip with LINTAS_SKIP_BUILD=1 when dist/
 * is known to be current, e.g. right after `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
  if (process.env.LINTAS_SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
}
