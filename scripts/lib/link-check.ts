/**
 * `npm run check:links`: fetches every cited address once (HEAD, then GET when a server refuses HEAD),
 * follows redirects by hand so each hop is known, gives up after a time-out, and runs at most
 * `concurrency` requests at a time. A link is dead when it ends in an HTTP error, a network error, a
 * time-out or a redirect loop; the report names the file:line of every place that cites it.
 */
import type { SourceRef } from './source-refs.ts';

export interface LinkOptions {
  timeoutMs: number;
  concurrency: number;
  maxRedirects?: number;
  userAgent?: string;
}

export interface LinkResult {
  url: string;
  ok: boolean;
  /** Final HTTP status, when a response came. */
  status?: number | undefined;
  /** Every address the redirects went through, in order, ending with the final one. */
  redirects: string[];
  error?: string | undefined;
}

/** Servers that refuse or mishandle HEAD: ask again with GET. */
const RETRY_WITH_GET = new Set([400, 403, 404, 405, 406, 429, 500, 501, 503]);

async function request(url: string, method: 'HEAD' | 'GET', opts: LinkOptions): Promise<Response> {
  const res = await fetch(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(opts.timeoutMs),
    headers: { 'User-Agent': opts.userAgent ?? 'Lintas link check (+https://github.com/)', Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
  });
  await res.body?.cancel().catch(() => {});
  return res;
}

export async function checkUrl(url: string, opts: LinkOptions): Promise<LinkResult> {
  const max = opts.maxRedirects ?? 10;
  const redirects: string[] = [];
  let current = url;
  try {
    for (let hop = 0; hop <= max; hop++) {
      let res = await request(current, 'HEAD', opts);
      if (RETRY_WITH_GET.has(res.status)) res = await request(current, 'GET', opts);
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        current = new URL(location, current).href;
        if (redirects.includes(current) || current === url)
          return { url, ok: false, status: res.status, redirects: [...redirects, current], error: 'redirect loop' };
        redirects.push(current);
        continue;
      }
      return {
        url,
        ok: res.status < 400,
        status: res.status,
        redirects,
        error: res.status >= 400 ? `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` : undefined,
      };
    }
    return { url, ok: false, redirects, error: `more than ${max} redirects` };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
    return { url, ok: false, redirects, error: timedOut ? `no answer within ${opts.timeoutMs / 1000} s` : (e.cause?.code ?? e.message) };
  }
}

/** Checks each address once, at most `concurrency` at a time, in the order given. */
export async function checkAll(
  urls: readonly string[],
  opts: LinkOptions,
  onResult?: (r: LinkResult, done: number, total: number) => void,
): Promise<Map<string, LinkResult>> {
  const unique = [...new Set(urls)];
  const results = new Map<string, LinkResult>();
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const url = unique[next++]!;
      const r = await checkUrl(url, opts);
      results.set(url, r);
      onResult?.(r, results.size, unique.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, unique.length)) }, worker));
  return results;
}

export interface LinkReport {
  dead: { ref: SourceRef; result: LinkResult }[];
  redirected: { ref: SourceRef; result: LinkResult }[];
  lines: string[];
}

/** `file:line  field: problem (fix)` for every citation of a dead link, then the redirects. */
export function linkReport(refs: readonly SourceRef[], results: Map<string, LinkResult>): LinkReport {
  const dead: LinkReport['dead'] = [];
  const redirected: LinkReport['redirected'] = [];
  for (const ref of refs) {
    const result = results.get(ref.url);
    if (!result) continue;
    if (!result.ok) dead.push({ ref, result });
    else if (result.redirects.length > 0) redirected.push({ ref, result });
  }
  const fix = (ref: SourceRef) =>
    ref.archive ? 'record a new snapshot or remove it' : "find the page's new address, or cite its archived copy (npm run archive)";
  const lines = [
    ...dead.map(({ ref, result }) => `${ref.file}:${ref.line}  ${ref.field}: dead link ${ref.url} (${result.error}) (${fix(ref)})`),
    ...redirected.map(
      ({ ref, result }) =>
        `${ref.file}:${ref.line}  ${ref.field}: redirects to ${result.redirects.at(-1)} (check it is the same page; cite the final address if so)`,
    ),
  ];
  return { dead, redirected, lines };
}
