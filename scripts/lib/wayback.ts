/**
 * A client for the Wayback Machine's Save Page Now 2 API (https://web.archive.org/save):
 * POST /save with `url=` and `Accept: application/json` returns `{ url, job_id }`; GET
 * /save/status/<job_id> returns `{ status: "pending" | "success" | "error", timestamp, original_url }`.
 * The snapshot is then `<base>/web/<timestamp>/<original_url>`. `base` is overridable so tests run
 * against a local stub (never the real service).
 */

export interface SaveOptions {
  /** e.g. "https://web.archive.org" or "http://127.0.0.1:4321" in tests. */
  base: string;
  /** "LOW <access>:<secret>" from archive.org/account/s3.php; anonymous requests get stricter limits. */
  authorization?: string | undefined;
  /** Milliseconds between status polls. */
  pollMs: number;
  /** Give up on a job after this many polls. */
  maxPolls: number;
  /** Milliseconds before one HTTP request is abandoned. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Snapshot {
  archiveUrl: string;
  /** The snapshot's day, YYYY-MM-DD (UTC). */
  archived: string;
}

/** The service asked us to slow down (HTTP 429): stop the run; re-running resumes. */
export class RateLimited extends Error {}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "20200408093000" -> "2020-04-08" */
export function dayOfTimestamp(timestamp: string): string {
  if (!/^\d{8}/.test(timestamp)) throw new Error(`not a Wayback timestamp: "${timestamp}"`);
  return `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}`;
}

async function getJson(url: string, init: RequestInit, timeoutMs: number): Promise<Record<string, unknown>> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  if (res.status === 429) throw new RateLimited(`${url}: 429 Too Many Requests`);
  const body = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new Error(`${url}: HTTP ${res.status}, not JSON (${body.slice(0, 80).replace(/\s+/g, ' ')})`);
  }
  if (!res.ok && (typeof json !== 'object' || json === null)) throw new Error(`${url}: HTTP ${res.status}`);
  return json as Record<string, unknown>;
}

/** Asks for a capture of `url` and waits for it; resolves to the snapshot's address and day. */
export async function savePage(url: string, opts: SaveOptions): Promise<Snapshot> {
  const base = opts.base.replace(/\/+$/, '');
  const wait = opts.sleep ?? sleep;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' };
  if (opts.authorization) headers.Authorization = opts.authorization;
  const started = await getJson(`${base}/save`, { method: 'POST', headers, body: new URLSearchParams({ url }).toString() }, timeoutMs);
  const jobId = started.job_id;
  if (typeof jobId !== 'string') throw new Error(String(started.message ?? started.status_ext ?? 'the service returned no job id'));
  for (let i = 0; i < opts.maxPolls; i++) {
    await wait(opts.pollMs);
    const status = await getJson(
      `${base}/save/status/${encodeURIComponent(jobId)}`,
      { headers: { Accept: 'application/json', ...(opts.authorization ? { Authorization: opts.authorization } : {}) } },
      timeoutMs,
    );
    if (status.status === 'success' && typeof status.timestamp === 'string') {
      const original = typeof status.original_url === 'string' ? status.original_url : url;
      return { archiveUrl: `${base}/web/${status.timestamp}/${original}`, archived: dayOfTimestamp(status.timestamp) };
    }
    if (status.status === 'error') throw new Error(String(status.message ?? status.status_ext ?? 'capture failed'));
  }
  throw new Error(`job ${jobId} still pending after ${opts.maxPolls} polls`);
}
