import { describe, expect, it } from 'vitest';
import { foldDiacritics, nameVariants, searchNames, searchVariants } from '../../src/lib/search-terms.ts';

describe('nameVariants', () => {
  it('joins a short name written in two or three words', () => {
    expect(nameVariants('Space X')).toContain('SpaceX');
    expect(nameVariants('NYC DOE')).toContain('NYCDOE');
  });
  it('splits a name at case and digit changes', () => {
    expect(nameVariants('SpaceX')).toContain('Space X');
    expect(nameVariants('PLDT5G')).toContain('PLDT 5G');
  });
  it('does not run long names together', () => {
    expect(nameVariants('Departemen Pendidikan Kota New York')).toEqual([]);
  });
  it('drops middle initials', () => {
    expect(nameVariants('Richard A. Carranza')).toContain('Richard Carranza');
  });
  it('undots acronyms', () => {
    expect(nameVariants('U.S. Department of Defense')).toContain('US Department of Defense');
    expect(nameVariants('N.Y.C.')).toContain('NYC');
  });
  it('folds accents', () => {
    expect(nameVariants('Auswärtiges Amt')).toContain('Auswartiges Amt');
    expect(foldDiacritics('José Castañeda')).toBe('Jose Castaneda');
  });
  it('adds the tails of a name in Chinese characters, so any part of it is the start of a word', () => {
    expect(nameVariants('行政院')).toEqual(['政院']);
    expect(nameVariants('行政院資通安全處')).toEqual(['政院資通安全處', '院資通安全處', '資通安全處', '通安全處', '安全處', '全處']);
    expect(nameVariants('中國')).toEqual([]);
  });
  it('gives nothing for an empty name or one that needs no variant', () => {
    expect(nameVariants('  ')).toEqual([]);
    expect(nameVariants('Zoom')).toEqual([]);
  });
});

describe('searchVariants', () => {
  it('lists each extra form once and never repeats a name that is already there, whatever its case', () => {
    expect(searchVariants(['NYC DOE', 'NYCDOE'])).toEqual([]);
    expect(searchVariants(['Space X', 'SpaceX', 'Spacex'])).toEqual([]);
    expect(searchVariants(['Space X'])).toEqual(['SpaceX']);
  });
});

describe('searchNames', () => {
  it('gives the name, the aliases and their extra forms', () => {
    const names = searchNames({
      name: 'New York City Department of Education',
      aliases: [{ name: 'NYC DOE' }, { name: 'NYCDOE' }, { name: 'Departemen Pendidikan Kota New York' }, { name: 'nyc doe' }],
    });
    expect(names).toEqual(['New York City Department of Education', 'NYC DOE', 'NYCDOE', 'Departemen Pendidikan Kota New York']);
    expect(searchNames({ name: 'SpaceX', aliases: [{ name: 'Space X' }] })).toEqual(['SpaceX', 'Space X']);
    expect(searchNames({ name: 'Richard A. Carranza', aliases: [] })).toEqual(['Richard A. Carranza', 'Richard Carranza']);
  });
});
