/**
 * The hand-off between page rendering and the search index during `astro build`: the Pagefind
 * integration opens a sink as the build starts, src/middleware.ts passes it the HTML of every page
 * the index holds (articles and entities) as Astro renders it, and the integration waits for the sink
 * once the pages are written. So Pagefind (a process of its own) indexes the pages on the other CPU
 * while Astro renders the rest, instead of re-reading 1,000s of files from disk after the build.
 *
 * The middleware and the integration are bundled separately (the middleware into Astro's prerender
 * chunk), so they meet on a global symbol. Outside a build (astro dev, tests) there is no sink and the
 * middleware does nothing.
 */

/** The site paths (without the base) of the pages the search index holds: /articles/<id>/, /entities/<id>/. */
export const INDEXED_PATH = /^\/(?:articles|entities)\/[^/]+\/$/;

export interface PageSink {
  /** Queues one rendered page (its UTF-8 bytes) for the index; `path` is its site path without the base. */
  add(path: string, html: Uint8Array): void;
}

const KEY = Symbol.for('lintas.pagefind-page-sink');
type WithSink = typeof globalThis & { [KEY]?: PageSink };

export const openPageSink = (sink: PageSink) => {
  (globalThis as WithSink)[KEY] = sink;
};
export const closePageSink = () => {
  delete (globalThis as WithSink)[KEY];
};
const pageSink = (): PageSink | undefined => (globalThis as WithSink)[KEY];

/**
 * What the middleware does with each rendered response: during a build, an indexed HTML page's text
 * goes to the sink and an identical response is returned in its place; anything else passes through.
 * `path` is the request's site path, without the base.
 */
export async function handOverPage(path: string, response: Response): Promise<Response> {
  const sink = pageSink();
  if (!sink || !INDEXED_PATH.test(path) || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The bytes, not the text: the page goes back to Astro as it came, without encoding it again.
  const html = new Uint8Array(await response.arrayBuffer());
  sink.add(path, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}
