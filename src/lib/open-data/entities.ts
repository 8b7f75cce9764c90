/**
 * The entities download (`entities.json`, described by `src/lib/open-data/json-schema/entities-1.json`, published at /data/schema/entities-1.json): one
 * record per published entity, with its parent's name and the events and articles it appears in. Pure.
 */
import type { CrossReference, Record as ContentRecord } from '../cross-reference.ts';
import type { Entity } from '../../schemas/entity.ts';
import { entityTypeLabel } from '../labels.ts';
import { absolute, wikidataUrl } from '../jsonld.ts';
import { entityPath } from '../paths.ts';
import { documentHeader, sourceRecord, type DocumentHeader, type SourceRecord } from './resolve.ts';

export const ENTITIES_SCHEMA_PATH = '/data/schema/entities-1.json';
/** 1.1.0: `license`, the URL of the data's licence; sources carry accessed and archived; alias kind "section". */
export const ENTITIES_FORMAT_VERSION = '1.1.0';

export interface EntityRecord {
  id: string;
  url: string;
  name: string;
  type: string;
  typeLabel: string;
  aliases: { name: string; lang: string; kind: string }[];
  country: string | null;
  parent: { id: string; name: string } | null;
  wikidata: string | null;
  wikidataUrl: string | null;
  description: string;
  links: { label: string; url: string }[];
  sources: SourceRecord[];
  events: string[];
  articles: string[];
}

type EntityLookup = Pick<CrossReference, 'entities'> & Partial<Pick<CrossReference, 'eventsOf' | 'articlesOf'>>;

export function entityRecord(xref: EntityLookup, entry: ContentRecord<Entity>, site: URL | string): EntityRecord {
  const e = entry.data;
  const parent = e.parent ? xref.entities.get(e.parent) : undefined;
  return {
    id: entry.id,
    url: absolute(site, entityPath(entry.id)),
    name: e.name,
    type: e.type,
    typeLabel: entityTypeLabel[e.type],
    aliases: e.aliases.map((a) => ({ name: a.name, lang: a.lang, kind: a.kind })),
    country: e.country ?? null,
    parent: parent ? { id: parent.id, name: parent.data.name } : null,
    wikidata: e.wikidata ?? null,
    wikidataUrl: e.wikidata ? wikidataUrl(e.wikidata) : null,
    description: e.description,
    links: e.links.map((l) => ({ label: l.label, url: l.url })),
    sources: e.sources.map(sourceRecord),
    events: (xref.eventsOf?.get(entry.id) ?? []).map((ev) => ev.id),
    articles: (xref.articlesOf?.get(entry.id) ?? []).map((a) => a.id),
  };
}

export interface EntitiesDocument extends DocumentHeader {
  entities: EntityRecord[];
}

export function entitiesDocument(xref: EntityLookup, site: URL | string, generated: Date): EntitiesDocument {
  return {
    ...documentHeader(site, ENTITIES_SCHEMA_PATH, ENTITIES_FORMAT_VERSION, generated),
    entities: [...xref.entities.values()].sort((a, b) => a.id.localeCompare(b.id)).map((e) => entityRecord(xref, e, site)),
  };
}
