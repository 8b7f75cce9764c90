// @vitest-environment happy-dom
/**
 * Search results as DOM nodes (src/lib/search/results.ts). happy-dom stands in for the browser:
 * the point is that text from content (titles, excerpts, names) stays text, whatever it contains.
 */
import { describe, expect, it } from 'vitest';
import { excerptNodes, pinnedItem, resultItem, statusText, withoutPinned, type ResultData } from '../../src/lib/search/results.ts';
import { withBase } from '../../src/lib/search/base-url.ts';

const hostile = '<img src=x onerror="alert(1)">"quoted" & <b>bold</b>';

describe('a result', () => {
  it('shows kind, date, details, the title as a link and the excerpt with its marks', () => {
    const d: ResultData = {
      url: '/timeline/2020/#event-x',
      excerpt: 'Taiwan <mark>bans</mark> Zoom &amp; more',
      meta: { kind: 'event', title: 'Taiwan bans Zoom', date: '7 April 2020', action: 'Ban', actors: 'Executive Yuan' },
    };
    const li = resultItem(document, d);
    expect(li.className).toBe('result result--event');
    expect(li.querySelector('.kind')!.textContent).toBe('Event');
    expect(li.querySelector('.result-meta')!.textContent).toBe('Event 7 April 2020 Ban · Executive Yuan');
    const a = li.querySelector<HTMLAnchorElement>('.result-title a')!;
    expect(a.getAttribute('href')).toBe('/timeline/2020/#event-x');
    expect(a.textContent).toBe('Taiwan bans Zoom');
    const excerpt = li.querySelector('.excerpt')!;
    expect(excerpt.textContent).toBe('Taiwan bans Zoom & more');
    expect([...excerpt.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['bans']);
  });

  it('keeps markup in titles and metadata as text, and copies only text and <mark> from the excerpt', () => {
    const li = resultItem(document, { url: '/x/', excerpt: `before ${hostile} <mark>after</mark>`, meta: { kind: 'entity', title: hostile, type: hostile } });
    expect(li.querySelector('.result-title a')!.textContent).toBe(hostile);
    expect(li.querySelector('.result-meta .meta')!.textContent).toBe(hostile);
    expect(li.querySelectorAll('img, b, script').length).toBe(0);
    expect(li.querySelector('.excerpt')!.textContent).toBe('before "quoted" & bold after');
    expect(li.querySelectorAll('.excerpt mark').length).toBe(1);
  });

  it('falls back to the URL without a title, "Page" without a kind, and puts links under the base path', () => {
    const li = resultItem(document, { url: '/articles/a/', excerpt: '', meta: {} }, (u) => withBase('/lintas/', u));
    expect(li.querySelector('.kind')!.textContent).toBe('Page');
    expect(li.querySelector('.result-title a')!.getAttribute('href')).toBe('/lintas/articles/a/');
    expect(li.querySelector('.result-title a')!.textContent).toBe('/articles/a/');
  });

  it('excerptNodes returns nodes of the page’s document, nothing executable', () => {
    const nodes = excerptNodes(document, '<script>x()</script><mark onclick="x()">hit</mark>');
    const holder = document.createElement('p');
    holder.append(...nodes);
    expect(holder.innerHTML).toBe('x()<mark>hit</mark>');
  });
});

describe('the pinned exact name', () => {
  it('shows the entity, its type, and which alias matched', () => {
    const li = pinnedItem(document, { url: '/entities/nyc-doe/', name: 'New York City Department of Education', type: 'School system', matched: 'NYCDOE' });
    expect(li.classList.contains('result--pinned')).toBe(true);
    expect(li.querySelector('.result-meta')!.textContent).toBe('Entity School system · exact name');
    expect(li.querySelector('.result-title a')!.getAttribute('href')).toBe('/entities/nyc-doe/');
    expect(li.querySelector('.excerpt mark')!.textContent).toBe('NYCDOE');
  });

  it('says nothing more when the name itself matched, and keeps a hostile name as text', () => {
    const li = pinnedItem(document, { url: '/entities/x/', name: hostile, type: 'Company', matched: hostile });
    expect(li.querySelector('.excerpt')).toBeNull();
    expect(li.querySelector('.result-title a')!.textContent).toBe(hostile);
    expect(li.querySelectorAll('img').length).toBe(0);
  });

  it('is not repeated among Pagefind’s results', () => {
    const batch = [{ url: '/entities/a/' }, { url: '/entities/b/' }] as ResultData[];
    expect(withoutPinned(batch, new Set(['/entities/a/'])).map((d) => d.url)).toEqual(['/entities/b/']);
  });
});

describe('the status line', () => {
  it('counts, names the query and says when filtered', () => {
    expect(statusText(0, 'zoom', false)).toBe('No results for “zoom”.');
    expect(statusText(1, ' zoom ', true)).toBe('1 result for “zoom”, filtered.');
    expect(statusText(1234, '', true)).toBe('1,234 results, filtered.');
    expect(statusText(4, '“Taiwan’s cabinet”', false)).toBe('4 results for the exact phrase “Taiwan’s cabinet”.');
    expect(statusText(2, ' "Zoom ban" ', true)).toBe('2 results for the exact phrase “Zoom ban”, filtered.');
    expect(statusText(2, '"Zoom" ban', false)).toBe('2 results for “"Zoom" ban”.');
  });
});
