/**
 * How complete the source records are, counted over every event source, dispute source and entity
 * source: how many give a publication date, an access date, a recorded snapshot, and how many name a
 * report without an address. Pure. The /data/ page states these numbers instead of promising more.
 */
import type { ClaimSource } from '../schemas/source.ts';

export interface SourceCoverage {
  records: number;
  withDate: number;
  withAccessed: number;
  withSnapshot: number;
  withoutUrl: number;
}

export function sourceCoverage(
  events: Iterable<{ sources: ClaimSource[]; disputes: { claims: { source: ClaimSource }[] }[] }>,
  entities: Iterable<{ sources: ClaimSource[] }>,
): SourceCoverage {
  const all: ClaimSource[] = [];
  for (const e of events) all.push(...e.sources, ...e.disputes.flatMap((d) => d.claims.map((c) => c.source)));
  for (const e of entities) all.push(...e.sources);
  return {
    records: all.length,
    withDate: all.filter((s) => s.date).length,
    withAccessed: all.filter((s) => s.accessed).length,
    withSnapshot: all.filter((s) => s.archiveUrl && s.archived).length,
    withoutUrl: all.filter((s) => !s.url).length,
  };
}
