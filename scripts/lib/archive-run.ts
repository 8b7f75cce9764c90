/**
 * `npm run archive`: every YAML source without a recorded snapshot is captured once (each address once,
 * however many files cite it) and its archiveUrl + archived written back into every source record that
 * cites it. Files are edited with the `yaml` Document API, so comments, order and quoting stay as the
 * editor wrote them. Each capture is written at once: an interrupted run loses nothing, and re-running
 * skips every recorded source (resumable). Submissions are spaced by `intervalMs` (rate limit).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, Scalar } from 'yaml';
import { collectSourceRefs, type ArchivableSource } from './source-refs.ts';
import { RateLimited, type Snapshot } from './wayback.ts';

export interface ArchiveRunOptions {
  root: string;
  capture: (url: string) => Promise<Snapshot>;
  /** Minimum milliseconds between two submissions. */
  intervalMs: number;
  /** Submit at most this many addresses in this run. */
  limit?: number | undefined;
  dryRun?: boolean;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface ArchiveRunResult {
  /** Addresses captured in this run. */
  captured: string[];
  /** Addresses that already had a snapshot elsewhere in content/, copied to the records lacking it. */
  reused: string[];
  failed: { url: string; error: string }[];
  /** Addresses still without a snapshot (failed, over the limit, or after a rate limit). */
  remaining: number;
  stoppedByRateLimit: boolean;
}

const quoted = (value: string) => {
  const s = new Scalar(value);
  s.type = Scalar.QUOTE_DOUBLE;
  return s;
};

/** Writes one snapshot into the given source records of one file, keeping everything else as it was. */
export function writeSnapshot(text: string, paths: (string | number)[][], snap: Snapshot): string {
  const doc = parseDocument(text);
  for (const p of paths) {
    doc.setIn([...p, 'archiveUrl'], quoted(snap.archiveUrl));
    doc.setIn([...p, 'archived'], quoted(snap.archived));
  }
  return doc.toString({ lineWidth: 0 });
}

function recordEverywhere(root: string, records: ArchivableSource[], snap: Snapshot) {
  const byFile = new Map<string, (string | number)[][]>();
  for (const r of records) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r.path]);
  for (const [file, paths] of byFile) {
    const abs = path.join(root, file);
    writeFileSync(abs, writeSnapshot(readFileSync(abs, 'utf8'), paths, snap));
  }
}

export async function runArchive(opts: ArchiveRunOptions): Promise<ArchiveRunResult> {
  const log = opts.log ?? (() => {});
  const wait = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = opts.now ?? Date.now;
  const { archivable } = collectSourceRefs(opts.root);
  const recorded = new Map<string, Snapshot>();
  for (const s of archivable) if (s.archiveUrl && s.archived) recorded.set(s.url, { archiveUrl: s.archiveUrl, archived: s.archived });
  const missing = archivable.filter((s) => !s.archiveUrl);
  const byUrl = new Map<string, ArchivableSource[]>();
  for (const s of missing) byUrl.set(s.url, [...(byUrl.get(s.url) ?? []), s]);

  const result: ArchiveRunResult = { captured: [], reused: [], failed: [], remaining: 0, stoppedByRateLimit: false };
  const urls = [...byUrl.keys()];
  log(`${archivable.length} source records, ${archivable.length - missing.length} with a snapshot; ${urls.length} address(es) to archive`);
  let submitted = 0;
  let last = -Infinity;
  for (const [i, url] of urls.entries()) {
    const records = byUrl.get(url)!;
    const where = `${records[0]!.file}:${records[0]!.line}${records.length > 1 ? ` and ${records.length - 1} more` : ''}`;
    const progress = `[${i + 1}/${urls.length}]`;
    const known = recorded.get(url);
    if (known) {
      if (!opts.dryRun) recordEverywhere(opts.root, records, known);
      result.reused.push(url);
      log(`${progress} ${url}: already archived elsewhere, copied (${where})`);
      continue;
    }
    if (opts.dryRun) {
      log(`${progress} would submit ${url} (${where})`);
      continue;
    }
    if (result.stoppedByRateLimit || (opts.limit !== undefined && submitted >= opts.limit)) {
      result.remaining++;
      continue;
    }
    const gap = last + opts.intervalMs - now();
    if (gap > 0) await wait(gap);
    last = now();
    submitted++;
    log(`${progress} submitting ${url} (${where})`);
    try {
      const snap = await opts.capture(url);
      recordEverywhere(opts.root, records, snap);
      recorded.set(url, snap);
      result.captured.push(url);
      log(`${progress}   archived ${snap.archived}: ${snap.archiveUrl}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof RateLimited) {
        result.stoppedByRateLimit = true;
        log(`${progress}   the archive asks us to slow down (${message}); stopping. Run again later to resume.`);
      } else log(`${progress}   failed: ${message}`);
      result.failed.push({ url, error: message });
      result.remaining++;
    }
  }
  return result;
}
