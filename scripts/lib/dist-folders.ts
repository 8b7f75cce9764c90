/**
 * The output folders of scripts/build.ts: `dist/`, and the `.dist-staging-<pid>` and `.dist-old-<pid>`
 * folders a build uses while it runs. A build killed at the wrong moment leaves them behind; the next
 * build calls `recoverDist` first, which puts the last good site back as `dist/` if it is missing and
 * removes every leftover of a build that is no longer running. Only for use in Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const LEFTOVER = /^\.dist-(staging|old)-(\d+)$/;

export const stagingDir = (root: string, pid = process.pid) => path.join(root, `.dist-staging-${pid}`);
export const oldDir = (root: string, pid = process.pid) => path.join(root, `.dist-old-${pid}`);

/** Whether a build with this pid is still running (Linux: the process must be a Node process running build.ts). */
export function buildRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes('build');
  } catch {
    return true;
  }
}

/** What recoverDist did, for the build's log. */
export interface Recovery {
  restored?: string;
  removed: string[];
}

export async function recoverDist(root: string): Promise<Recovery> {
  const dist = path.join(root, 'dist');
  const leftovers = (await readdir(root))
    .map((name) => ({ name, match: LEFTOVER.exec(name) }))
    .filter((l): l is { name: string; match: RegExpExecArray } => l.match !== null && !buildRunning(Number(l.match[2])));
  const recovery: Recovery = { removed: [] };
  if (!existsSync(dist)) {
    // Killed between "dist -> .dist-old" and ".dist-staging -> dist": the old folder is the last good site.
    const olds = leftovers.filter((l) => l.match[1] === 'old');
    const times = await Promise.all(olds.map((l) => stat(path.join(root, l.name)).then((s) => s.mtimeMs)));
    const newest = olds[times.indexOf(Math.max(...times))];
    if (newest) {
      await rename(path.join(root, newest.name), dist);
      recovery.restored = newest.name;
    }
  }
  for (const l of leftovers) {
    if (l.name === recovery.restored) continue;
    await rm(path.join(root, l.name), { recursive: true, force: true });
    recovery.removed.push(l.name);
  }
  return recovery;
}
