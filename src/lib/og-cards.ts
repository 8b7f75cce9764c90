/**
 * What each Open Graph card says: one per article, one per entity, one for the site. Pure, so the
 * build's card renderer (src/integrations/og-images/) and the dev route read the same list.
 */
import type { Article } from '../schemas/article.ts';
import type { CrossReference, Record } from './cross-reference.ts';
import { formatDay } from './dates.ts';
import { entityTypeLabel } from './labels.ts';
import { countryName, languageName } from './languages.ts';
import type { CardText } from './og-card-layout.ts';
import { ogImagePath } from './paths.ts';
import { FEED_DESCRIPTION } from './open-data/feeds.ts';

export interface OgCardSpec {
  /** Where the PNG is published, e.g. "/og/articles/<id>.png". */
  path: string;
  card: CardText;
}

export const siteCard: CardText = { kicker: 'Translated and annotated news', title: 'Who restricted Zoom in 2020, and why', detail: FEED_DESCRIPTION };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * An entity's count as its page gives it: its own events, or, for a state or body that acted only
 * through its units and people (Taiwan through its Executive Yuan), theirs, instead of "0 events".
 */
function eventCount(own: number, within: number): string {
  if (own === 0 && within > 0) return plural(within, 'event of its units and people', 'events of its units and people');
  return plural(own, 'event on the timeline', 'events on the timeline');
}

/** Every card the site publishes, for the published articles and the entities in `xref`. */
export function ogCards(articles: readonly Record<Article>[], xref: CrossReference): OgCardSpec[] {
  return [
    { path: ogImagePath('site'), card: siteCard },
    ...articles.map((a) => ({
      path: ogImagePath('articles', a.id),
      card: {
        kicker: `Translated from ${languageName(a.data.originalLanguage)} · ${xref.entities.get(a.data.outlet)?.data.name ?? a.data.outlet}`,
        title: a.data.title,
        footer: formatDay(a.data.published),
      },
    })),
    ...[...xref.entities.values()].map((e) => ({
      path: ogImagePath('entities', e.id),
      card: {
        kicker: [entityTypeLabel[e.data.type], e.data.country ? countryName(e.data.country) : undefined].filter(Boolean).join(' · '),
        title: e.data.name,
        detail: e.data.description,
        footer: eventCount(xref.eventsOf.get(e.id)?.length ?? 0, xref.eventsWithin.get(e.id)?.length ?? 0),
      },
    })),
  ];
}
