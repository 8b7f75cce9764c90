/**
 * The events download: one record per published event with actors and subject resolved to names, as
 * JSON (`events.json`, described by `src/lib/open-data/json-schema/events-1.json`, published at /data/schema/events-1.json) and as CSV rows
 * (`events.csv`). Pure.
 */
import type { CrossReference } from '../cross-reference.ts';
import { actionLabel } from '../labels.ts';
import { entityPath, eventPath, type TimelinePaging } from '../paths.ts';
import type { TimelineEvent } from '../timeline-event.ts';
import { absolute } from '../jsonld.ts';
import {
  claimSourceRecord,
  documentHeader,
  eventPrecision,
  resolveEvent,
  sourceRecord,
  type ClaimSourceRecord,
  type DocumentHeader,
  type Lookup,
  type SourceRecord,
} from './resolve.ts';

export const EVENTS_SCHEMA_PATH = '/data/schema/events-1.json';
/** 1.1.0: `license`, the URL of the data's licence; `updated` and `corrections`; sources carry accessed and archived; dispute claims carry date, and their source's url may be null. */
export const EVENTS_FORMAT_VERSION = '1.1.0';

export interface EventEntity {
  id: string;
  name: string;
  type: string;
  country: string | null;
  url: string;
}

export interface EventRecord {
  id: string;
  url: string;
  title: string;
  date: string | null;
  period: 'early' | 'mid' | 'late' | null;
  approximate: boolean;
  reported: string | null;
  /** The date the timeline files it under: `date`, or `reported` when that is all there is. */
  when: string;
  precision: string;
  action: string;
  actionLabel: string;
  actors: EventEntity[];
  subject: EventEntity | null;
  scope: string | null;
  reason: string | null;
  summary: string;
  confidence: string;
  reverses: string | null;
  reversedBy: string[];
  disputes: { about: string; claims: { says: string; date: string | null; source: ClaimSourceRecord }[] }[];
  sources: SourceRecord[];
  articles: string[];
  /** The day the entry last changed in substance. */
  updated: string | null;
  /** What the entry said that was wrong and what is right, each dated, oldest first. */
  corrections: { date: string; wrong: string; right: string }[];
}

type EventLookup = Lookup & Partial<Pick<CrossReference, 'reversedBy' | 'articlesOfEvent'>> & TimelinePaging;

export function eventRecord(xref: EventLookup, event: TimelineEvent, site: URL | string): EventRecord {
  const { actors, subject } = resolveEvent(xref, event);
  const withUrl = (e: { id: string; name: string; type: string; country: string | null }): EventEntity => ({ ...e, url: absolute(site, entityPath(e.id)) });
  const d = event.data;
  return {
    id: event.id,
    url: absolute(site, eventPath(event.id, event.when, xref)),
    title: d.title,
    date: d.date ?? null,
    period: d.period ?? null,
    approximate: d.approximate,
    reported: d.reported ?? null,
    when: event.when,
    precision: eventPrecision(event),
    action: d.action,
    actionLabel: actionLabel[d.action],
    actors: actors.map(withUrl),
    subject: subject ? withUrl(subject) : null,
    scope: d.scope ?? null,
    reason: d.reason ?? null,
    summary: d.summary,
    confidence: d.confidence,
    reverses: d.reverses ?? null,
    reversedBy: (xref.reversedBy?.get(event.id) ?? []).map((e) => e.id),
    disputes: d.disputes.map((x) => ({
      about: x.about,
      claims: x.claims.map((c) => ({ says: c.says, date: c.date ?? null, source: claimSourceRecord(c.source) })),
    })),
    sources: d.sources.map(sourceRecord),
    articles: (xref.articlesOfEvent?.get(event.id) ?? []).map((a) => a.id),
    updated: d.updated ?? null,
    corrections: d.corrections.map((c) => ({ date: c.date, wrong: c.wrong, right: c.right })),
  };
}

export interface EventsDocument extends DocumentHeader {
  events: EventRecord[];
}

export function eventsDocument(xref: EventLookup & Pick<CrossReference, 'timeline'>, site: URL | string, generated: Date): EventsDocument {
  return {
    ...documentHeader(site, EVENTS_SCHEMA_PATH, EVENTS_FORMAT_VERSION, generated),
    events: xref.timeline.map((e) => eventRecord(xref, e, site)),
  };
}

/** Several values in one CSV cell. */
const join = (values: string[]) => values.join(' | ');

export const EVENTS_CSV_HEADER = [
  'id',
  'date',
  'precision',
  'period',
  'approximate',
  'reported',
  'title',
  'action',
  'actors',
  'actor_ids',
  'actor_countries',
  'subject',
  'scope',
  'reason',
  'summary',
  'confidence',
  'reverses',
  'source_outlets',
  'source_urls',
  // The next four line up with source_urls, one value per source, empty where nothing is recorded.
  'source_dates',
  'source_accessed',
  'source_archive_urls',
  'source_archived',
  'url',
] as const;

/** One CSV row per event, in the header's order. Cells are neutralised by `toCsv`. */
export function eventCsvRow(r: EventRecord): string[] {
  return [
    r.id,
    r.date ?? '',
    r.precision,
    r.period ?? '',
    r.approximate ? 'yes' : 'no',
    r.reported ?? '',
    r.title,
    r.actionLabel,
    join(r.actors.map((a) => a.name)),
    join(r.actors.map((a) => a.id)),
    join([...new Set(r.actors.map((a) => a.country).filter((c): c is string => c !== null))]),
    r.subject?.name ?? '',
    r.scope ?? '',
    r.reason ?? '',
    r.summary,
    r.confidence,
    r.reverses ?? '',
    join(r.sources.map((s) => s.outlet)),
    join(r.sources.map((s) => s.url)),
    join(r.sources.map((s) => s.date ?? '')),
    join(r.sources.map((s) => s.accessed ?? '')),
    join(r.sources.map((s) => s.archiveUrl ?? '')),
    join(r.sources.map((s) => s.archived ?? '')),
    r.url,
  ];
}
