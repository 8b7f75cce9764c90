/**
 * Fixtures for the content check and build tests: temporary copies of the real content (or of the
 * whole project) in which a test breaks one thing.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, formatProblems } from '../../src/checks/check-content.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const TODAY = '2026-11-27';

/**
 * The content these tests break one thing at a time: a frozen copy of the seed content
 * (tests/fixtures/seed/README.md says why), never the real content/, which editors change.
 */
export const fixtureContent = path.join(projectRoot, 'tests/fixtures/seed/content');

/** A temporary folder with a copy of the fixture content as its content/; remove it with `cleanup`. */
export function copyContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'lintas-check-'));
  cpSync(fixtureContent, path.join(root, 'content'), { recursive: true });
  return root;
}

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', '.bench', 'content', 'tests']);

/** A temporary copy of the whole project (without build output or tests) with the fixture content, node_modules linked in. */
export function copyProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'lintas-project-'));
  for (const name of readdirSync(projectRoot)) {
    if (SKIP.has(name) || name.startsWith('.dist-')) continue;
    cpSync(path.join(projectRoot, name), path.join(root, name), { recursive: true });
  }
  cpSync(fixtureContent, path.join(root, 'content'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

export function cleanup(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Replaces `from` by `to` in a file of the copy, failing loudly if `from` is not there. */
export function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(root, file);
  const text = readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture: ${String(from)} not found in ${file}`);
  writeFileSync(full, next);
}

export function write(root: string, file: string, text: string): void {
  writeFileSync(path.join(root, file), text);
}

export function read(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

/** The 1-based line of the first line of `file` that contains `needle`. */
export function lineOf(root: string, file: string, needle: string): number {
  const index = read(root, file)
    .split('\n')
    .findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`fixture: ${needle} not found in ${file}`);
  return index + 1;
}

/** Every file below `dir` with its size, mtime and SHA-256, to prove nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) {
        out[`${path.relative(dir, full)}/`] = String(st.mtimeMs);
        visit(full);
      } else {
        out[path.relative(dir, full)] = `${st.size} ${st.mtimeMs} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
      }
    }
  };
  visit(dir);
  return out;
}

/** Every file below `dir`, relative. */
export function listFiles(dir: string): string[] {
  return Object.keys(snapshot(dir)).filter((f) => !f.endsWith('/'));
}

/** Where a broken fixture should be reported: the file, and the line when there is one. */
export interface Where {
  file: string;
  line?: number;
}

/** A copy of content/ broken by `breakIt`, checked: its problems, as text, and the expected line prefix. */
export async function checkBroken(roots: string[], breakIt: (root: string) => Where, includeDrafts = false) {
  const root = copyContent();
  roots.push(root);
  const where = breakIt(root);
  const problems = await checkContent(root, { includeDrafts, today: TODAY });
  return { root, problems, text: formatProblems(problems), prefix: `${where.file}${where.line ? `:${where.line}` : ''}  ` };
}
