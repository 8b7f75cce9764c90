/**
 * Shared by every download: an event's actors and subject resolved to names, its date's precision,
 * sources as flat records, and the build time. Pure; reads a CrossReference.
 */
import type { CrossReference } from '../cross-reference.ts';
import type { TimelineEvent } from '../timeline-event.ts';
import type { EntityType } from '../../schemas/entity.ts';
import type { ClaimSource, Source } from '../../schemas/source.ts';
import { precisionOf, type Precision } from '../dates.ts';
import { absolute } from '../jsonld.ts';
import { SITE_NAME, LICENCES } from '../../site-config.ts';
import { dataLicenceStatement } from '../licences.ts';

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

/** A source as published in the downloads: null where the content records nothing (never a guess or a lookup). */
export interface SourceRecord {
  outlet: string;
  via: string | null;
  title: string | null;
  url: string;
  /** Publication day. */
  date: string | null;
  /** The day the page was read, when recorded. */
  accessed: string | null;
  /** A recorded snapshot and its day, both or neither. */
  archiveUrl: string | null;
  archived: string | null;
  language: string;
}

/** The source of one side of a disagreement: its url may be null (a report named without an address). */
export type ClaimSourceRecord = Omit<SourceRecord, 'url'> & { url: string | null };

export function claimSourceRecord(s: ClaimSource): ClaimSourceRecord {
  return {
    outlet: s.outlet,
    via: s.via ?? null,
    title: s.title ?? null,
    url: s.url ?? null,
    date: s.date ?? null,
    accessed: s.accessed ?? null,
    archiveUrl: s.archiveUrl ?? null,
    archived: s.archived ?? null,
    language: s.language,
  };
}

export const sourceRecord = (s: Source): SourceRecord => ({ ...claimSourceRecord(s), url: s.url });

/**
 * The moment of this build: SOURCE_DATE_EPOCH (seconds) when set, so rebuilding the same content
 * gives the same files; otherwise now.
 */
export function buildTime(env: { SOURCE_DATE_EPOCH?: string | undefined } = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

/** How to use and cite the data (src/lib/licences.ts, from the site configuration). */
export const LICENCE_NOTE = dataLicenceStatement({ name: SITE_NAME, licences: LICENCES });
export const LICENSE_URL = LICENCES.content.url;

/** The fields every JSON download starts with. */
export interface DocumentHeader {
  /** The published JSON Schema the document follows. */
  $schema: string;
  /** Semantic version of the format; its major number is the schema file's. */
  version: string;
  /** The day of the build, YYYY-MM-DD. */
  generated: string;
  licence: string;
  /** The URL of the data's licence. */
  license: string;
  /** The page that describes the downloads. */
  source: string;
}

export function documentHeader(site: URL | string, schemaPath: string, version: string, generated: Date): DocumentHeader {
  return {
    $schema: absolute(site, schemaPath),
    version,
    generated: generated.toISOString().slice(0, 10),
    licence: LICENCE_NOTE,
    license: LICENSE_URL,
    source: absolute(site, '/data/'),
  };
}
