/** The hand-off of rendered pages to the search index (src/integrations/pagefind/page-sink.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { closePageSink, handOverPage, openPageSink } from '../../src/integrations/pagefind/page-sink.ts';

const html = (body: string) => new Response(`<!DOCTYPE html><html><body>${body}</body></html>`, { headers: { 'content-type': 'text/html' } });

describe('handOverPage', () => {
  afterEach(closePageSink);

  it('passes every response through untouched when no build has opened a sink (astro dev)', async () => {
    const response = html('x');
    expect(await handOverPage('/articles/a/', response)).toBe(response);
  });

  it('hands over article and entity pages, and still returns the same page', async () => {
    const got: [string, string][] = [];
    openPageSink({ add: (path, bytes) => got.push([path, new TextDecoder().decode(bytes)]) });
    const out = await handOverPage('/entities/zoom/', html('<main data-pagefind-body>Zoom</main>'));
    expect(got).toEqual([['/entities/zoom/', '<!DOCTYPE html><html><body><main data-pagefind-body>Zoom</main></body></html>']]);
    expect(out.status).toBe(200);
    expect(out.headers.get('content-type')).toBe('text/html');
    expect(await out.text()).toBe(got[0]![1]);
  });

  it('leaves out every page the index does not hold, and what is not HTML', async () => {
    const got: string[] = [];
    openPageSink({ add: (path) => got.push(path) });
    for (const path of ['/timeline/', '/articles/', '/articles/page/2/', '/entities/zoom/extra/', '/bans/', '/search/']) await handOverPage(path, html('x'));
    await handOverPage('/articles/a/', new Response('{}', { headers: { 'content-type': 'application/json' } }));
    expect(got).toEqual([]);
  });
});
