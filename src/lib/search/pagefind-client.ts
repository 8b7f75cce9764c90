/**
 * Pagefind's JS API, loaded on demand from the site's own bundle (<base>pagefind/pagefind.js, built
 * by src/integrations/pagefind.ts), and the exact-name shards (/search/names/<n>.json).
 *
 * What a first search downloads: Pagefind's script, its WebAssembly and metadata, then the index
 * chunks of the words typed and the fragments of the results shown. Filter counts are NOT loaded
 * then: `pagefind.filters()` fetches every facet's filter list (about a fifth of a first search at
 * N = 2,000), and a search that asks for no filter fetches none. `loadCounts()` is called when the
 * reader opens the filters (or arrives with filters in the URL); from then on each search returns
 * its counts.
 *
 * Sorting by date loads `sort-date.json` (date-order.ts), once: the index's metadata holds no sort
 * order, so a search in relevance order does not pay for one (33 kB at 5,000 articles).
 */
import { nameKey, shardOf, type NameEntry } from '../name-lookup.ts';
import { pagefindBundle, pagefindFile, withBase } from './base-url.ts';
import { DATE_ORDER_FILE, dateRanks, knowsAll, orderByDate, StaleDateOrder, type DateOrder, type DateRanks } from './date-order.ts';
import { straightQuotes } from './quote-marks.ts';
import type { FacetCounts } from './facets.ts';
import type { ResultData } from './results.ts';
import type { SortOrder } from './url-state.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters?: FacetCounts;
}
export interface PagefindApi {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: object) => Promise<PagefindSearch | null>;
  filters: () => Promise<FacetCounts>;
}

/**
 * Ranking: whole words typed in full beat words that merely start with them ("Space X" is SpaceX, not
 * Xi). `baseUrl: '/'`: results come back as site paths, and the page puts them under the base path
 * itself (withBase), once, whether or not a record's URL already carries it; Pagefind's own default
 * would prefix the base to every URL, a second time for a record that has it.
 */
export const PAGEFIND_OPTIONS = { ranking: { termSimilarity: 10 }, excerptLength: 24, baseUrl: '/' };

export class SearchClient {
  #api: Promise<PagefindApi> | undefined;
  #countsLoaded: Promise<FacetCounts> | undefined;
  #countsReady = false;
  #shards = new Map<number, Promise<Record<string, NameEntry[]>>>();
  #dateRanks: Promise<DateRanks> | undefined;
  readonly base: string;
  readonly #import: (url: string) => Promise<unknown>;
  readonly #fetch: (url: string, init?: RequestInit) => Promise<Response>;

  constructor(base: string, io: { import?: (url: string) => Promise<unknown>; fetch?: (url: string, init?: RequestInit) => Promise<Response> } = {}) {
    this.base = base;
    this.#import = io.import ?? ((url) => import(/* @vite-ignore */ url));
    this.#fetch = io.fetch ?? ((url, init) => fetch(url, init));
  }

  /** Pagefind, initialised once; rejects if the bundle cannot be loaded. */
  api(): Promise<PagefindApi> {
    this.#api ??= (async () => {
      const pf = (await this.#import(pagefindBundle(this.base))) as PagefindApi;
      await pf.options(PAGEFIND_OPTIONS);
      await pf.init();
      return pf;
    })();
    this.#api.catch(() => (this.#api = undefined));
    return this.#api;
  }

  /**
   * Loads every facet's filter list (resolving to the counts over the whole index), once. A search
   * begun after this has resolved returns its own counts; one begun before returns none worth showing.
   */
  loadCounts(): Promise<FacetCounts> {
    this.#countsLoaded ??= this.api()
      .then((pf) => pf.filters())
      .then((counts) => ((this.#countsReady = true), counts));
    // A failed load is forgotten, so opening the filters again tries again (as api() does).
    this.#countsLoaded.catch(() => (this.#countsLoaded = undefined));
    return this.#countsLoaded;
  }

  /** Whether the filter lists are in, so that a search started now returns true counts. */
  get countsReady(): boolean {
    return this.#countsReady;
  }

  /** The date order, loaded once (`fresh`: again, past any cache); rejects if it cannot be loaded. */
  dateRanks(fresh = false): Promise<DateRanks> {
    if (this.#dateRanks && !fresh) return this.#dateRanks;
    const loading = this.#fetch(pagefindFile(this.base, DATE_ORDER_FILE), fresh ? { cache: 'reload' } : undefined).then(async (r) => {
      if (!r.ok) throw new Error(`${DATE_ORDER_FILE}: HTTP ${r.status}`);
      return dateRanks((await r.json()) as DateOrder);
    });
    this.#dateRanks = loading;
    // Forgotten when it fails, to be tried again; unless a later load has taken its place.
    loading.catch(() => {
      if (this.#dateRanks === loading) this.#dateRanks = undefined;
    });
    return loading;
  }

  /**
   * Pagefind's results for the query, in relevance order, or by date when `sort` says so. An order that
   * does not know every result is loaded again past the cache; if it still does not, the index changed
   * under the open page (StaleDateOrder).
   */
  async search(query: string, options: object, sort: SortOrder = ''): Promise<PagefindSearch | null> {
    const pf = await this.api();
    // Straightened as the index is (quote-marks.ts): “a phrase” typed on a phone is an exact search too.
    const [search, cached] = await Promise.all([pf.search(straightQuotes(query).trim() || null, options), sort ? this.dateRanks() : undefined]);
    if (!search || !cached || !sort) return search;
    const ranks = knowsAll(cached, search.results) ? cached : await this.dateRanks(true);
    if (!knowsAll(ranks, search.results)) throw new StaleDateOrder();
    return { ...search, results: orderByDate(search.results, ranks, sort) };
  }

  /** Entities one of whose names is exactly the query (see src/lib/name-lookup.ts). */
  async exactNames(query: string): Promise<NameEntry[]> {
    const key = nameKey(query);
    if (key.length < 2) return [];
    const n = shardOf(key);
    if (!this.#shards.has(n)) {
      this.#shards.set(
        n,
        this.#fetch(withBase(this.base, `/search/names/${n}.json`))
          .then((r) => (r.ok ? r.json() : {}))
          .catch(() => ({})),
      );
    }
    return (await this.#shards.get(n)!)[key] ?? [];
  }
}
