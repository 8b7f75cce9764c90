/**
 * Shared by every download: an event's actors and subject resolved to names, its date's precision,
 * sources as flat records, and the build time. Pure; reads a CrossReference.
 */
import type { CrossReference } from '../cross-reference.ts';
import type { TimelineEvent } from '../timeline-event.ts';
import type { EntityType } from '../../schemas/entity.ts';
import type { Source } from '../../schemas/source.ts';
import { precisionOf, type Precision } from '../dates.ts';
import { absolute } from '../jsonld.ts';

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
}

/** What the downloads need from the cross-reference (a subset, so tests can pass a small one). */
export type Lookup = Pick<CrossReference, 'entities'>;

export function entityRef(xref: Lookup, id: string): EntityRef {
  const entity = xref.entities.get(id);
  if (!entity) throw new Error(`no entity "${id}"`);
  return { id, name: entity.data.name, type: entity.data.type, country: entity.data.country ?? null };
}

export function resolveEvent(xref: Lookup, event: TimelineEvent): { actors: EntityRef[]; subject: EntityRef | null } {
  return {
    actors: event.data.actor.map((id) => entityRef(xref, id)),
    subject: event.data.subject ? entityRef(xref, event.data.subject) : null,
  };
}

/** How precise the event's own date is; "unknown" when only the report date is known. */
export function eventPrecision(event: TimelineEvent): Precision | 'unknown' {
  return event.data.date ? precisionOf(event.data.date) : 'unknown';
}

export interface SourceRecord {
  outlet: string;
  via: string | null;
  title: string | null;
  url: string;
  date: string | null;
  archiveUrl: string | null;
  language: string;
}

export const sourceRecord = (s: Source): SourceRecord => ({
  outlet: s.outlet,
  via: s.via ?? null,
  title: s.title ?? null,
  url: s.url,
  date: s.date ?? null,
  archiveUrl: s.archiveUrl ?? null,
  language: s.language,
});

/**
 * The moment of this build: SOURCE_DATE_EPOCH (seconds) when set, so rebuilding the same content
 * gives the same files; otherwise now.
 */
export function buildTime(env: { SOURCE_DATE_EPOCH?: string | undefined } = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

export const LICENCE_NOTE = 'Facts with sources. Cite Lintas and the original sources.';

/** The fields every JSON download starts with. */
export interface DocumentHeader {
  /** The published JSON Schema the document follows. */
  $schema: string;
  /** Semantic version of the format; its major number is the schema file's. */
  version: string;
  /** The day of the build, YYYY-MM-DD. */
  generated: string;
  licence: string;
  /** The page that describes the downloads. */
  source: string;
}

export function documentHeader(site: URL | string, schemaPath: string, version: string, generated: Date): DocumentHeader {
  return { $schema: absolute(site, schemaPath), version, generated: generated.toISOString().slice(0, 10), licence: LICENCE_NOTE, source: absolute(site, '/data/') };
}
