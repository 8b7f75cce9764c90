import { describe, expect, it } from 'vitest';
import { worldMap } from '../../src/lib/world-map.ts';

describe('worldMap', () => {
  const shapes = worldMap(
    new Map([
      ['TW', 2],
      ['SG', 1],
      ['US', 8],
    ]),
  );
  it('shades exactly the involved countries, with their counts', () => {
    const hits = shapes
      .filter((s) => s.count > 0)
      .map((s) => [s.code, s.count])
      .sort();
    expect(hits).toEqual([
      ['SG', 1],
      ['TW', 2],
      ['US', 8],
    ]);
  });
  it('brings in countries too small for the 1:110m shapes, with a dot to see them by', () => {
    const sg = shapes.find((s) => s.code === 'SG')!;
    expect(sg.d).not.toBe('');
    expect(sg.dot).toHaveLength(2);
  });
  it('draws every other country as plain land, without Antarctica', () => {
    expect(shapes.length).toBeGreaterThan(150);
    expect(shapes.some((s) => s.name === 'Antarctica')).toBe(false);
  });
});
