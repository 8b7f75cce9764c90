/**
 * An event's search record (src/integrations/pagefind.ts): Pagefind cuts the excerpt a reader sees
 * from its content, so the actors' names read as written, and the extra forms kept only for matching
 * come last.
 */
import { describe, expect, it } from 'vitest';
import { eventRecord } from '../../src/integrations/pagefind.ts';
import { buildCrossReference } from '../../src/lib/cross-reference.ts';
import { searchTerms } from '../../src/lib/search-terms.ts';
import { entityEntry, eventEntry } from '../helpers/entries.ts';

describe('an event as a search record', () => {
  const moe = entityEntry('moe', 'ministry', { name: 'Ministry of Education', aliases: [{ name: '中華民國教育部', lang: 'zh-Hant' }] });
  const spacex = entityEntry('spacex', 'company', { name: 'Space X', aliases: [] });
  const xref = buildCrossReference({
    entities: [moe, spacex, entityEntry('zoom')],
    events: [eventEntry('e', { title: 'A ban', summary: 'Schools stop using it.', actor: ['moe', 'spacex'], date: '2020-04-07' })],
    articles: [],
  });
  const { content } = eventRecord(xref, 'e', {});

  it('names the actors as written, then lists their extra forms last', () => {
    const variants = [...searchTerms((moe as { data: never }).data).variants, ...searchTerms((spacex as { data: never }).data).variants];
    expect(variants).toEqual(expect.arrayContaining(['SpaceX']));
    expect(variants.length).toBeGreaterThan(1);
    expect(content).toContain('By Ministry of Education, 中華民國教育部; Space X.');
    expect(content).toBe(`A ban. Ban. Schools stop using it. By Ministry of Education, 中華民國教育部; Space X. Concerning ZOOM. ${variants.join(' ')}`);
  });
});
