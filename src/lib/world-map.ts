/**
 * A world map of the countries involved, drawn at build time (d3-geo, Natural Earth shapes from
 * world-atlas; nothing fetched). Countries too small for the 1:110m shapes (Singapore) are taken
 * from the 1:50m set. ISO 3166-1 numeric ids (world-atlas) map to alpha-2 via i18n-iso-countries.
 */
import { geoEqualEarth, geoPath, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import world110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import world50 from 'world-atlas/countries-50m.json' with { type: 'json' };

export interface MapCountry {
  code?: string | undefined;
  name: string;
  d: string;
  count: number;
  /** Centroid, for a dot where the shape is too small to see. */
  dot?: [number, number] | undefined;
}

type Countries = FeatureCollection<Geometry, { name: string }>;
const shapes = (topology: unknown): Countries => {
  const t = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(t, t.objects.countries) as Countries;
};

export const MAP_WIDTH = 720;
export const MAP_HEIGHT = 350;

/** Paths for every country, with how many measures each involved country took. */
export function worldMap(counts: Map<string, number>): MapCountry[] {
  const base = shapes(world110);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { ...base, features: base.features.filter((f) => String(f.id) !== '010') });
  // Whole-pixel precision: a 720px-wide overview needs no more, and it halves the inline SVG.
  const path = geoPath(projection).digits(0);
  const wanted = new Map([...counts.keys()].map((alpha2) => [countries.alpha2ToNumeric(alpha2), alpha2]));
  // Antarctica (010) is dropped: no measures there, and it is a tenth of the drawing.
  const features: Feature<Geometry, { name: string }>[] = base.features.filter((f) => String(f.id) !== '010');
  const present = new Set(base.features.map((f) => String(f.id)));
  for (const f of shapes(world50).features) {
    if (wanted.has(String(f.id)) && !present.has(String(f.id))) features.push(f);
  }
  return features.map((f) => {
    const code = wanted.get(String(f.id));
    const count = code ? (counts.get(code) ?? 0) : 0;
    const area = path.area(f);
    const small = count > 0 && area < 20;
    return { code, name: f.properties.name, d: path(f) ?? '', count, dot: small ? (projection(geoCentroid(f)) as [number, number]) : undefined };
  });
}
