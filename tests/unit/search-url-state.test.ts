/** The search page's state in its URL (src/lib/search/url-state.ts) and base-path URLs (base-url.ts). */
import { describe, expect, it } from 'vitest';
import { activeFilterCount, formatState, isEmpty, mayPinNames, pagefindOptions, parseState } from '../../src/lib/search/url-state.ts';
import { normalBase, pagefindBundle, withBase } from '../../src/lib/search/base-url.ts';
import { FACET_KEYS } from '../../src/lib/search-facets.ts';

describe('URL state', () => {
  it('reads the query, every facet (repeated) and the sort, and ignores anything else', () => {
    const s = parseState('?q=Space+X&kind=entity&kind=event&country=Taiwan&sort=asc&utm_source=x');
    expect(s.query).toBe('Space X');
    expect(s.filters.kind).toEqual(['entity', 'event']);
    expect(s.filters.country).toEqual(['Taiwan']);
    expect(s.sort).toBe('asc');
    expect(Object.keys(s.filters).sort()).toEqual([...FACET_KEYS].sort());
  });

  it('drops an unknown sort, empty and repeated values', () => {
    const s = parseState('sort=sideways&year=&year=2020&year=2020');
    expect(s.sort).toBe('');
    expect(s.filters.year).toEqual(['2020']);
  });

  it('round-trips, with values that need encoding (commas, ampersands, Chinese)', () => {
    const url = formatState({
      query: '行政院 & co',
      filters: { ...parseState('').filters, type: ['Government body'], action: ['Ban, partial'] },
      sort: 'desc',
    });
    expect(url.startsWith('?')).toBe(true);
    const back = parseState(url);
    expect(back.query).toBe('行政院 & co');
    expect(back.filters.type).toEqual(['Government body']);
    expect(back.filters.action).toEqual(['Ban, partial']);
    expect(back.sort).toBe('desc');
  });

  it('writes nothing for an empty search, and leaves out a blank query', () => {
    expect(formatState(parseState(''))).toBe('');
    expect(formatState(parseState('q=%20%20&kind=event'))).toBe('?kind=event');
    expect(isEmpty(parseState('q=%20'))).toBe(true);
    expect(isEmpty(parseState('kind=event'))).toBe(false);
    expect(activeFilterCount(parseState('kind=event&kind=entity&year=2020'))).toBe(3);
  });

  it('asks Pagefind for the facets that are on, and never for a sort: the index holds none (date-order.ts sorts)', () => {
    expect(pagefindOptions(parseState('q=zoom'))).toEqual({ filters: {} });
    expect(pagefindOptions(parseState('q=zoom&kind=event&sort=asc'))).toEqual({ filters: { kind: { any: ['event'] } } });
  });

  it('pins an exact name only in relevance order, where entities may be shown and no other facet narrows them', () => {
    expect(mayPinNames(parseState('q=Zoom'))).toBe(true);
    expect(mayPinNames(parseState('q=Zoom&kind=entity'))).toBe(true);
    expect(mayPinNames(parseState('q=Zoom&kind=event'))).toBe(false);
    expect(mayPinNames(parseState('q=Zoom&sort=desc'))).toBe(false);
    expect(mayPinNames(parseState('q=Zoom&country=Taiwan'))).toBe(false);
    expect(mayPinNames(parseState('kind=entity'))).toBe(false);
  });
});

describe('base path', () => {
  it('normalises the base and puts site paths under it once', () => {
    expect(normalBase('/')).toBe('/');
    expect(normalBase('')).toBe('/');
    expect(normalBase('/lintas')).toBe('/lintas/');
    expect(withBase('/', '/entities/zoom/')).toBe('/entities/zoom/');
    expect(withBase('/lintas', '/entities/zoom/')).toBe('/lintas/entities/zoom/');
    expect(withBase('/lintas/', '/lintas/entities/zoom/')).toBe('/lintas/entities/zoom/');
    expect(pagefindBundle('/lintas')).toBe('/lintas/pagefind/pagefind.js');
    expect(pagefindBundle('/')).toBe('/pagefind/pagefind.js');
  });
});
