/**
 * The output folders of scripts/build.ts: `dist/`, and the `.dist-staging-<pid>` and `.dist-old-<pid>`
 * folders a build uses while it runs. A build killed at the wrong moment leaves them behind; the next
 * build calls `recoverDist` first, which puts the last good site back as `dist/` if it is missing and
 * removes every leftover of a build that is no longer running. Only for use in Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const LEFTOVER = /^\.dist-(staging|old)-(\d+)$/;

/** Written into the old site just before it is moved aside: the folder (relative to the root) it belongs in. */
export const TARGET_FILE = '.lintas-dist-target';

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
  const leftovers = (await readdir(root))
    .map((name) => ({ name, match: LEFTOVER.exec(name) }))
    .filter((l): l is { name: string; match: RegExpExecArray } => l.match !== null && !buildRunning(Number(l.match[2])));
  const recovery: Recovery = { removed: [] };
  // Killed between "dist -> .dist-old" and ".dist-staging -> dist": the old folder is the last good
  // site of the folder it names; put the newest one back where that folder is missing.
  const olds = leftovers.filter((l) => l.match[1] === 'old');
  const info = await Promise.all(
    olds.map(async (l) => ({
      name: l.name,
      mtime: (await stat(path.join(root, l.name))).mtimeMs,
      target: (await readFile(path.join(root, l.name, TARGET_FILE), 'utf8').catch(() => 'dist')).trim(),
    })),
  );
  const restored = new Set<string>();
  for (const old of info.sort((a, b) => b.mtime - a.mtime)) {
    const target = path.resolve(root, old.target);
    if (path.relative(root, target).startsWith('..') || restored.has(target) || existsSync(target)) continue;
    await rename(path.join(root, old.name), target);
    await rm(path.join(target, TARGET_FILE), { force: true });
    restored.add(target);
    recovery.restored = `${old.name} to ${old.target}/`;
  }
  for (const l of leftovers) {
    if (recovery.restored?.startsWith(`${l.name} `)) continue;
    await rm(path.join(root, l.name), { recursive: true, force: true });
    recovery.removed.push(l.name);
  }
  return recovery;
}
