import { describe, expect, it } from 'vitest';
import { buildNameShards, nameKey, shardOf, NAME_SHARDS } from '../../src/lib/name-lookup.ts';

const entity = (name: string, aliases: string[] = []) =>
  ({
    name,
    type: 'company',
    aliases: aliases.map((a) => ({ name: a, lang: 'en', kind: 'name' })),
    description: 'd',
    links: [],
    sources: [],
    draft: false,
  }) as never;

describe('nameKey', () => {
  it('ignores case, spaces, punctuation and accents, and keeps Chinese characters', () => {
    expect(nameKey('Space X')).toBe('spacex');
    expect(nameKey('SpaceX')).toBe('spacex');
    expect(nameKey('N.Y.C. DOE')).toBe('nycdoe');
    expect(nameKey('Auswärtiges Amt')).toBe('auswartigesamt');
    expect(nameKey(' 行政院 ')).toBe('行政院');
  });
});

describe('name shards', () => {
  const shards = buildNameShards([
    { url: '/entities/zoom/', typeLabel: 'Company', data: entity('Zoom Video Communications, Inc.', ['Zoom']) },
    {
      url: '/entities/nyc-doe/',
      typeLabel: 'School system',
      data: entity('New York City Department of Education', ['NYC DOE', 'Departemen Pendidikan Kota New York']),
    },
  ]);
  const lookup = (q: string) => shards[shardOf(nameKey(q))]![nameKey(q)] ?? [];

  it('finds an entity by any of its names, exactly', () => {
    expect(lookup('zoom').map((e) => e.url)).toEqual(['/entities/zoom/']);
    expect(lookup('NYCDOE').map((e) => e.url)).toEqual(['/entities/nyc-doe/']);
    expect(lookup('departemen pendidikan kota new york')[0]).toMatchObject({ url: '/entities/nyc-doe/', matched: 'Departemen Pendidikan Kota New York' });
  });
  it('does not match part of a name', () => {
    expect(lookup('New York')).toEqual([]);
  });
  it('spreads keys over every shard index within range', () => {
    for (const k of ['a', 'zoom', '行政院', 'x'.repeat(200)]) expect(shardOf(k)).toBeLessThan(NAME_SHARDS);
  });
});
