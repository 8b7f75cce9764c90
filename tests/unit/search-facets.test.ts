// @vitest-environment happy-dom
/**
 * The one list of facets (src/lib/search-facets.ts), each record's values (search-facet-values.ts)
 * and the filter checkboxes (src/lib/search/facets.ts), on a small cross-reference of fixture data.
 * happy-dom stands in for the browser's DOM: these functions read and write checkboxes.
 */
import { describe, expect, it } from 'vitest';
import {
  compareFacetValues,
  facetPairs,
  FACET_KEYS,
  facetValueLabel,
  pagefindFilterAttribute,
  pagefindFilters,
  SEARCH_FACETS,
} from '../../src/lib/search-facets.ts';
import { allFacetValues, articleFacetValues, entityFacetValues, eventFacetValues } from '../../src/lib/search-facet-values.ts';
import { activeText, checkedValues, countText, setChecked, showCounts } from '../../src/lib/search/facets.ts';
import { parseState } from '../../src/lib/search/url-state.ts';
import { buildCrossReference } from '../../src/lib/cross-reference.ts';
import { entityEntry as entity, eventEntry } from '../helpers/entries.ts';

describe('the list of facets', () => {
  it('has unique keys and a label each', () => {
    expect(new Set(FACET_KEYS).size).toBe(SEARCH_FACETS.length);
    for (const f of SEARCH_FACETS) expect(f.label.length).toBeGreaterThan(0);
  });

  it('escapes commas in data-pagefind-filter and keeps each value once', () => {
    expect(pagefindFilterAttribute('country', 'Korea, Republic of')).toBe('country:Korea\\, Republic of');
    expect(facetPairs({ year: ['2020', '2020'], kind: ['entity'] })).toEqual([
      ['kind', 'entity'],
      ['year', '2020'],
    ]);
    expect(pagefindFilters({ kind: ['event'], country: [] })).toEqual({ kind: ['event'] });
  });

  it('lists kinds in a fixed order, years newest first, other values A-Z', () => {
    expect(['article', 'event', 'entity'].sort((a, b) => compareFacetValues('kind', a, b))).toEqual(['entity', 'event', 'article']);
    expect(['2019', '2021', '2020'].sort((a, b) => compareFacetValues('year', a, b))).toEqual(['2021', '2020', '2019']);
    expect(['Taiwan', 'Germany'].sort((a, b) => compareFacetValues('country', a, b))).toEqual(['Germany', 'Taiwan']);
    expect(facetValueLabel('kind', 'entity')).toBe('Entity');
    expect(facetValueLabel('country', 'Taiwan')).toBe('Taiwan');
  });
});

const event = (id: string, extra: object) => eventEntry(id, { subject: 'co', ...extra });
function fixture() {
  return buildCrossReference({
    entities: [entity('tw', 'state', { country: 'TW' }), entity('dept', 'government-body', { country: 'US' }), entity('co', 'company')],
    events: [
      event('ban', { date: '2020-04-07', action: 'ban', actor: ['tw'] }),
      event('adv', { date: '2021-01-02', action: 'advisory', actor: ['dept', 'tw'] }),
    ],
    articles: [],
  });
}

describe('facet values of each record', () => {
  it('an entity: kind, type, country and the years of its events; an event: its actors’ types and countries', () => {
    const x = fixture();
    expect(entityFacetValues(x.entities.get('tw')!, x)).toEqual({ kind: ['entity'], type: ['State'], country: ['Taiwan'], year: ['2020', '2021'] });
    expect(entityFacetValues(x.entities.get('co')!, x).country).toBeUndefined();
    expect(eventFacetValues(x.events.get('adv')!, x)).toEqual({
      kind: ['event'],
      action: ['Advisory'],
      year: ['2021'],
      country: ['United States', 'Taiwan'],
      type: ['Government body', 'State'],
    });
  });

  it('every value of every facet, once, in listing order', () => {
    const all = allFacetValues(fixture());
    expect(all.kind).toEqual(['entity', 'event']);
    expect(all.year).toEqual(['2021', '2020']);
    expect(all.country).toEqual(['Taiwan', 'United States']);
    expect(all.action).toEqual(['Advisory', 'Ban']);
  });

  it('an article: its year and the kinds of its events', () => {
    const x = fixture();
    const a = { events: ['ban', 'adv'], published: '2020-04-07T14:33:00+07:00' } as Parameters<typeof articleFacetValues>[0];
    expect(articleFacetValues(a, x)).toEqual({ kind: ['article'], year: ['2020'], action: ['Ban', 'Advisory'] });
  });
});

function filterList(values: Record<string, string[]>): HTMLElement {
  const root = document.createElement('div');
  for (const [key, vs] of Object.entries(values)) {
    const ul = document.createElement('ul');
    for (const v of vs) {
      const li = document.createElement('li');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: v });
      box.dataset.facet = key;
      const label = document.createElement('label');
      const count = Object.assign(document.createElement('span'), { className: 'count' });
      label.append(v, count);
      li.append(box, label);
      ul.append(li);
    }
    root.append(ul);
  }
  return root;
}

describe('filter checkboxes', () => {
  it('check exactly what the URL says, and read back the same', () => {
    const root = filterList({ kind: ['entity', 'event'], country: ['Taiwan', 'Korea, Republic of'] });
    const state = parseState('kind=event&country=Korea%2C+Republic+of&country=Nowhere');
    setChecked(root, state.filters);
    const read = checkedValues(root);
    expect(read.kind).toEqual(['event']);
    expect(read.country).toEqual(['Korea, Republic of']);
    expect(read.year).toEqual([]);
  });

  it('show counts once loaded, mark values with none (unless checked), and clear them when unloaded', () => {
    const root = filterList({ kind: ['entity', 'event', 'article'] });
    setChecked(root, parseState('kind=article').filters);
    showCounts(root, { kind: { entity: 3 } });
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.count')!.textContent)).toEqual(['3', '0', '0']);
    expect(items.map((li) => li.hasAttribute('data-empty'))).toEqual([false, true, false]);
    showCounts(root, undefined);
    expect(items.map((li) => li.querySelector('.count')!.textContent)).toEqual(['', '', '']);
    expect(items.some((li) => li.hasAttribute('data-empty'))).toBe(false);
  });

  it('count and summary texts', () => {
    expect(countText(undefined, 'kind', 'entity')).toBe('');
    expect(countText({}, 'kind', 'entity')).toBe('0');
    expect(activeText(0)).toBe('');
    expect(activeText(2)).toBe('(2 on)');
  });
});
