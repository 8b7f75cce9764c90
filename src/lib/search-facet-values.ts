/**
 * Which facet values each indexed thing carries (src/lib/search-facets.ts names the facets): an
 * entity page, an article page, an event record. The pages, the index integration and the search
 * page's server-rendered filter list all take them from here, so the checkboxes list exactly the
 * values the index holds. Build-time only (it uses the content's labels and country names).
 */
import type { CrossReference, Record as ContentRecord, TimelineEvent } from './cross-reference.ts';
import type { Entity } from '../schemas/entity.ts';
import type { Article } from '../schemas/article.ts';
import { actionLabel, entityTypeLabel } from './labels.ts';
import { countryName } from './languages.ts';
import { compareFacetValues, FACET_KEYS, type FacetKey, type FacetValues } from './search-facets.ts';

const unique = <T>(xs: T[]) => [...new Set(xs)];
const yearOf = (when: string) => when.slice(0, 4);

export function entityFacetValues(entity: ContentRecord<Entity>, xref: CrossReference): FacetValues {
  const e = entity.data;
  return {
    kind: ['entity'],
    type: [entityTypeLabel[e.type]],
    ...(e.country ? { country: [countryName(e.country)] } : {}),
    year: unique((xref.eventsOf.get(entity.id) ?? []).map((ev) => yearOf(ev.when))),
  };
}

export function articleFacetValues(article: Article, xref: CrossReference): FacetValues {
  return {
    kind: ['article'],
    year: [yearOf(article.published)],
    action: unique(
      article.events.flatMap((id) => {
        const a = xref.events.get(id)?.data.action;
        return a ? [actionLabel[a]] : [];
      }),
    ),
  };
}

export function eventFacetValues(ev: TimelineEvent, xref: CrossReference): FacetValues {
  const actors = ev.data.actor.map((a) => xref.entities.get(a)!);
  return {
    kind: ['event'],
    action: [actionLabel[ev.data.action]],
    year: [yearOf(ev.when)],
    country: unique(actors.flatMap((a) => (a.data.country ? [countryName(a.data.country)] : []))),
    type: unique(actors.map((a) => entityTypeLabel[a.data.type])),
  };
}

/** Every value of every facet over the whole index, each facet's values in listing order. */
export function allFacetValues(xref: CrossReference): Record<FacetKey, string[]> {
  const sets = Object.fromEntries(FACET_KEYS.map((k) => [k, new Set<string>()])) as Record<FacetKey, Set<string>>;
  const add = (values: FacetValues) => {
    for (const k of FACET_KEYS) for (const v of values[k] ?? []) sets[k].add(v);
  };
  for (const e of xref.entities.values()) add(entityFacetValues(e, xref));
  for (const a of xref.articles.values()) add(articleFacetValues(a.data, xref));
  for (const ev of xref.timeline) add(eventFacetValues(ev, xref));
  return Object.fromEntries(FACET_KEYS.map((k) => [k, [...sets[k]].sort((a, b) => compareFacetValues(k, a, b))])) as Record<FacetKey, string[]>;
}
