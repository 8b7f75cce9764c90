/**
 * The Pagefind client of the search page (src/lib/search/pagefind-client.ts) with a stand-in for
 * Pagefind: it loads the bundle from under the base path once, asks for no filter lists until the
 * counts are wanted, fetches the exact-name shard of the query from under the base path, and loads
 * the date order only to sort by date.
 */
import { describe, expect, it } from 'vitest';
import { SearchClient, PAGEFIND_OPTIONS } from '../../src/lib/search/pagefind-client.ts';
import { nameKey, shardOf } from '../../src/lib/name-lookup.ts';
import { StaleDateOrder } from '../../src/lib/search/date-order.ts';

function fakePagefind() {
  const calls: string[] = [];
  const api = {
    options: async (o: object) => void calls.push(`options ${JSON.stringify(o)}`),
    init: async () => void calls.push('init'),
    search: async (q: string | null, o?: object) => (calls.push(`search ${q} ${JSON.stringify(o)}`), { results: [] }),
    filters: async () => (calls.push('filters'), { kind: { entity: 2 } }),
  };
  return { api, calls };
}

describe('the Pagefind client', () => {
  it('imports <base>pagefind/pagefind.js once and initialises it with our options', async () => {
    const { api, calls } = fakePagefind();
    const imported: string[] = [];
    const client = new SearchClient('/lintas/', { import: async (url) => (imported.push(url), api) });
    await Promise.all([client.api(), client.api(), client.search('zoom', { filters: {} })]);
    expect(imported).toEqual(['/lintas/pagefind/pagefind.js']);
    expect(calls[0]).toBe(`options ${JSON.stringify(PAGEFIND_OPTIONS)}`);
    expect(calls.filter((c) => c === 'init')).toHaveLength(1);
  });

  it('loads no filter list for a search; loads them once when counts are asked for', async () => {
    const { api, calls } = fakePagefind();
    const client = new SearchClient('/', { import: async () => api });
    await client.search('  zoom ', { filters: {} });
    await client.search('', { filters: { kind: { any: ['event'] } } });
    expect(calls).not.toContain('filters');
    expect(calls).toContain('search zoom {"filters":{}}');
    expect(calls).toContain('search null {"filters":{"kind":{"any":["event"]}}}');
    expect(client.countsReady).toBe(false);
    const loading = client.loadCounts();
    expect(client.countsReady).toBe(false);
    expect(await loading).toEqual({ kind: { entity: 2 } });
    await client.loadCounts();
    expect(calls.filter((c) => c === 'filters')).toHaveLength(1);
    expect(client.countsReady).toBe(true);
  });

  it('straightens the quote marks of a query, as the index is: “…” typed on a phone is an exact phrase', async () => {
    const { api, calls } = fakePagefind();
    const client = new SearchClient('/', { import: async () => api });
    await client.search('“Zoom ban”', {});
    await client.search('Taiwan’s', {});
    expect(calls).toContain('search "Zoom ban" {}');
    expect(calls).toContain("search Taiwan's {}");
  });

  it('asks for the filter lists again after they failed to load, and only then reports them ready', async () => {
    const { api, calls } = fakePagefind();
    let attempts = 0;
    const flaky = { ...api, filters: async () => (++attempts === 1 ? Promise.reject(new Error('offline')) : api.filters()) };
    const client = new SearchClient('/', { import: async () => flaky });
    await expect(client.loadCounts()).rejects.toThrow('offline');
    expect(client.countsReady).toBe(false);
    expect(await client.loadCounts()).toEqual({ kind: { entity: 2 } });
    expect(client.countsReady).toBe(true);
    expect(attempts).toBe(2);
    expect(calls.filter((c) => c === 'filters')).toHaveLength(1);
  });

  it('tries again after the bundle failed to load', async () => {
    const { api } = fakePagefind();
    let attempts = 0;
    const client = new SearchClient('/', { import: async () => (++attempts === 1 ? Promise.reject(new Error('offline')) : api) });
    await expect(client.api()).rejects.toThrow('offline');
    await expect(client.api()).resolves.toBe(api);
  });

  it('looks an exact name up in its shard under the base path, once per shard', async () => {
    const fetched: string[] = [];
    const key = nameKey('Space X');
    const entry = { url: '/entities/spacex/', name: 'SpaceX', type: 'Company', matched: 'Space X' };
    const client = new SearchClient('/lintas', {
      fetch: async (url) => (fetched.push(url), new Response(JSON.stringify({ [key]: [entry] }))),
    });
    expect(await client.exactNames('Space X')).toEqual([entry]);
    expect(await client.exactNames('space-x')).toEqual([entry]);
    expect(await client.exactNames('x')).toEqual([]);
    expect(fetched).toEqual([`/lintas/search/names/${shardOf(key)}.json`]);
  });

  it('sorts by date with sort-date.json, loaded from under the base path once and only when sorting', async () => {
    const results = ['a', 'b', 'c', 'd'].map((id) => ({ id, score: 1, data: async () => ({}) as never }));
    const api = { ...fakePagefind().api, search: async () => ({ results }) };
    const fetched: string[] = [];
    let fail = true;
    const client = new SearchClient('/lintas/', {
      import: async () => api,
      fetch: async (url) => (fetched.push(url), fail ? new Response('', { status: 503 }) : Response.json({ dated: ['c', 'a', 'b'], undated: ['d'] })),
    });
    const ids = async (sort: '' | 'asc' | 'desc') => (await client.search('zoom', { filters: {} }, sort))!.results.map((r) => r.id);
    expect(await ids('')).toEqual(['a', 'b', 'c', 'd']);
    expect(fetched).toEqual([]);
    // A failed load is an error the page shows, and is tried again next time.
    await expect(ids('asc')).rejects.toThrow(/sort-date\.json: HTTP 503/);
    fail = false;
    expect(await ids('asc')).toEqual(['c', 'a', 'b', 'd']);
    expect(await ids('desc')).toEqual(['b', 'a', 'c', 'd']);
    expect(fetched).toEqual(['/lintas/pagefind/sort-date.json', '/lintas/pagefind/sort-date.json']);
  });

  it('keeps a fresh date order when an older load of it fails afterwards', async () => {
    let failOld: (r: Response) => void = () => undefined;
    const fetched: (RequestInit | undefined)[] = [];
    const client = new SearchClient('/', {
      import: async () => fakePagefind().api,
      fetch: (_url, init) => {
        fetched.push(init);
        // The first load hangs until failed by hand; any other answers at once.
        return fetched.length > 1 ? Promise.resolve(Response.json({ dated: ['a'], undated: [] })) : new Promise<Response>((resolve) => (failOld = resolve));
      },
    });
    const old = client.dateRanks();
    const fresh = await client.dateRanks(true);
    failOld(new Response('', { status: 503 }));
    await expect(old).rejects.toThrow(/HTTP 503/);
    // The fresh order stays: no third load.
    expect(await client.dateRanks()).toBe(fresh);
    expect(fetched).toEqual([undefined, { cache: 'reload' }]);
  });

  it('loads the date order again past the cache when it does not know a result, and says so if it still does not', async () => {
    const results = ['a', 'new'].map((id) => ({ id, score: 1, data: async () => ({}) as never }));
    const api = { ...fakePagefind().api, search: async () => ({ results }) };
    const orders = [
      { dated: ['a'], undated: [] },
      { dated: ['new', 'a'], undated: [] },
    ];
    const init: (RequestInit | undefined)[] = [];
    const client = new SearchClient('/', {
      import: async () => api,
      fetch: async (_url, i) => (init.push(i), Response.json(orders.shift() ?? { dated: ['a'], undated: [] })),
    });
    // A cached order from before the deploy, then the fresh one.
    expect((await client.search('x', {}, 'asc'))!.results.map((r) => r.id)).toEqual(['new', 'a']);
    expect(init).toEqual([undefined, { cache: 'reload' }]);
    // An order that stays behind the index the page holds: the reader is told to reload.
    const stale = new SearchClient('/', { import: async () => api, fetch: async () => Response.json({ dated: ['a'], undated: [] }) });
    await expect(stale.search('x', {}, 'desc')).rejects.toBeInstanceOf(StaleDateOrder);
  });
});
