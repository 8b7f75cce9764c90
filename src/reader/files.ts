/**
 * The one way content files are found and read. Every reader of content/ (the content check, Astro's
 * loaders, the card workers, the search integration) goes through
 * here, so the trust boundary is drawn once:
 * - only regular files inside `<root>/content/`, reached without following a symbolic link (a link to
 *   /proc/self/environ or to a file outside the repository would publish it);
 * - no devices, FIFOs or sockets (reading a FIFO would hang the build);
 * - at most MAX_FILE_BYTES per file (an article is about 20 kB; a huge file only slows everything);
 * - valid UTF-8, decoded strictly (no silent U+FFFD replacement).
 * Each failure is one Problem naming the file. Only for use in Node.
 */
import { appendFileSync, constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../checks/problem.ts';

/** Largest content file read, in bytes (CONTRIBUTING.md, "Files"). */
export const MAX_FILE_BYTES = 512 * 1024;

/** The folder of editorial files, relative to the project root. */
export const CONTENT_DIR = 'content';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** `content/events/x.yaml` style path of an absolute path, with forward slashes. */
export const relativeTo = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

/**
 * With LINTAS_READ_LOG set to a file, every read and parse of a content file is logged there as one
 * line, "read <file>", "yaml <file>" or "mdx <file>" (a parse), from every thread: the test that content is read once per
 * build counts them (tests/checks/read-once.test.ts).
 */
export function noteAccess(what: 'read' | 'yaml' | 'mdx', file: string): void {
  const log = process.env.LINTAS_READ_LOG;
  if (log) appendFileSync(log, `${what} ${file}\n`);
}

export type Read = { text: string; problem?: undefined } | { text?: undefined; problem: Problem };

/** What a directory entry is, without following links. */
export type Kind = 'file' | 'dir' | 'symlink' | 'other' | 'missing';

export async function kindOf(full: string): Promise<Kind> {
  try {
    const st = await lstat(full);
    if (st.isSymbolicLink()) return 'symlink';
    if (st.isFile()) return 'file';
    if (st.isDirectory()) return 'dir';
    return 'other';
  } catch {
    return 'missing';
  }
}

const KIND_PROBLEM: Record<Exclude<Kind, 'file' | 'dir' | 'missing'>, [string, string]> = {
  symlink: ['is a symbolic link, and content is read only from files inside content/', 'replace the link with the file itself'],
  other: ['is not a regular file (a device, FIFO or socket)', 'content/ holds only text files; remove it'],
};

/** The problem for a path that is not what content/ may hold, or undefined. */
export function kindProblem(file: string, kind: Kind, expected: 'file' | 'dir'): Problem | undefined {
  if (kind === expected) return undefined;
  if (kind === 'symlink' || kind === 'other') {
    const [message, hint] = KIND_PROBLEM[kind];
    return { file, field: 'file', message, hint };
  }
  if (kind === 'missing') return { file, field: 'file', message: 'does not exist', hint: 'check the path' };
  return expected === 'file'
    ? { file, field: 'file', message: 'is a folder where a file belongs', hint: 'move its contents out and remove the folder' }
    : { file, field: 'file', message: 'is a file where a folder belongs', hint: 'articles live in folders: content/articles/<slug>/index.mdx' };
}

/**
 * Reads one content file as text. `root` is the project root; `file` an absolute path below
 * `<root>/content`. Every folder between content/ and the file must be a real folder, and the file a
 * regular file opened with O_NOFOLLOW, checked again on the open handle (no swap between check and read).
 */
export async function readContentFile(root: string, file: string): Promise<Read> {
  const rel = relativeTo(root, file);
  const fail = (message: string, hint: string): Read => ({ problem: { file: rel, field: 'file', message, hint } });
  const contentRoot = path.join(root, CONTENT_DIR);
  const inside = path.relative(contentRoot, file);
  if (inside.startsWith('..') || path.isAbsolute(inside) || inside === '') return fail('is outside content/', 'content is read only from content/');
  // Every folder on the way, content/ itself included, must be a folder and not a link to elsewhere.
  let dir = contentRoot;
  for (const part of [
    '',
    ...path
      .dirname(inside)
      .split(path.sep)
      .filter((p) => p && p !== '.'),
  ]) {
    dir = part ? path.join(dir, part) : dir;
    const kind = await kindOf(dir);
    if (kind !== 'dir') {
      const problem = kindProblem(relativeTo(root, dir), kind, 'dir');
      return { problem: problem ?? { file: relativeTo(root, dir), field: 'file', message: 'cannot be read', hint: 'check the folder' } };
    }
  }
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below as "not a regular file".
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return fail(...KIND_PROBLEM.symlink);
    if (code === 'ENOENT') return fail('does not exist', 'check the file name');
    return fail(`cannot be read (${code ?? 'error'})`, 'check the file is a readable text file');
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return fail(...KIND_PROBLEM.other);
    if (st.size > MAX_FILE_BYTES)
      return fail(
        `is ${Math.ceil(st.size / 1024)} KiB, over the limit of ${MAX_FILE_BYTES / 1024} KiB for one content file`,
        'split it, or remove what does not belong in it',
      );
    noteAccess('read', rel);
    const bytes = await handle.readFile();
    if (bytes.length > MAX_FILE_BYTES) return fail(`is over the limit of ${MAX_FILE_BYTES / 1024} KiB for one content file`, 'split it');
    try {
      return { text: decoder.decode(bytes) };
    } catch {
      return fail('is not valid UTF-8 text', 'save it as UTF-8 in your editor');
    }
  } finally {
    await handle.close();
  }
}

export interface Listing {
  /** Entries of the folder that are what the caller asked for (regular files or real folders), sorted. */
  names: string[];
  /** Entries refused (each with its problem), by name. */
  refused: string[];
  problems: Problem[];
}

/**
 * The entries of a content folder. Nothing is skipped silently: a dotfile, a symbolic link, a device or
 * an entry the caller does not accept is a problem naming it. A missing folder is an empty listing.
 */
export async function listContentDir(
  root: string,
  dir: string,
  accept: { kind: 'file' | 'dir'; name: (name: string) => boolean; what: string; hint: string },
): Promise<Listing> {
  const listing: Listing = { names: [], refused: [], problems: [] };
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return listing;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const file = relativeTo(root, path.join(dir, entry.name));
    const kind: Kind = entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
    const problem = kindProblem(file, kind, accept.kind);
    if (kind === 'symlink' || kind === 'other') {
      listing.problems.push(problem!);
      listing.refused.push(entry.name);
      continue;
    }
    if (entry.name.startsWith('.')) {
      listing.problems.push({
        file,
        field: 'file',
        message: 'is a hidden file, and hidden files are not read',
        hint: 'remove it, or rename it without the leading dot if it is content',
      });
      listing.refused.push(entry.name);
      continue;
    }
    if (problem || !accept.name(entry.name)) {
      listing.problems.push({ file, field: 'file', message: `is not read: ${accept.what}`, hint: accept.hint });
      listing.refused.push(entry.name);
      continue;
    }
    listing.names.push(entry.name);
  }
  return listing;
}
