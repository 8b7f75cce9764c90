/**
 * How long the build waits for the search index once Astro has written its pages. Pagefind runs as a
 * process of its own; should it die, the index worker ends (index-worker.ts), but should it stop
 * answering while alive (a deadlock, a frozen process), the build would wait for ever: in CI, until
 * the job's own time limit, with no word of why. Writing the index takes ~16 s at 5,000 articles
 * (BENCHMARKS.md), so the default of 600 s only ever cuts off a stuck process.
 * LINTAS_PAGEFIND_TIMEOUT_S=<seconds> changes it.
 */
export const DEFAULT_INDEX_TIMEOUT_S = 600;

/** The limit from LINTAS_PAGEFIND_TIMEOUT_S (whole or decimal seconds, > 0), else the default. */
export function indexTimeoutS(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LINTAS_PAGEFIND_TIMEOUT_S;
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_INDEX_TIMEOUT_S;
}

/** `work`'s result, or an error naming what was waited for if it has not settled within `seconds`. */
export async function within<T>(work: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `Pagefind: the search index was not written within ${seconds} s of the pages (its process may be stuck). ` +
              'Nothing was published; build again, or set LINTAS_PAGEFIND_TIMEOUT_S to wait longer.',
          ),
        ),
      seconds * 1000,
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
