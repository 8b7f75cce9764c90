/** Open Graph images: /og/articles/<id>.png, /og/entities/<id>.png and /og/site.png, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articles, xref } from '../../lib/content.ts';
import { formatDay } from '../../lib/dates.ts';
import { entityTypeLabel } from '../../lib/labels.ts';
import { countryName, languageName } from '../../lib/languages.ts';
import { ogImagePath, renderCard, type OgCard } from '../../lib/og-image.ts';
import { FEED_DESCRIPTION } from '../../lib/open-data/feeds.ts';

/** "/og/articles/x.png" -> "articles/x" (the route's parameter). */
const param = (p: string) => p.replace(/^\/og\//, '').replace(/\.png$/, '');

export const getStaticPaths = (() => [
  { params: { path: param(ogImagePath('site')) }, props: { card: { kicker: 'Translated and annotated news', title: 'Who restricted Zoom in 2020, and why', detail: FEED_DESCRIPTION } satisfies OgCard } },
  ...articles.map((a) => ({
    params: { path: param(ogImagePath('articles', a.id)) },
    props: {
      card: {
        kicker: `Translated from ${languageName(a.data.originalLanguage)} · ${xref.entities.get(a.data.outlet)?.data.name ?? a.data.outlet}`,
        title: a.data.title,
        footer: formatDay(a.data.published),
      } satisfies OgCard,
    },
  })),
  ...[...xref.entities.values()].map((e) => ({
    params: { path: param(ogImagePath('entities', e.id)) },
    props: {
      card: {
        kicker: [entityTypeLabel[e.data.type], e.data.country ? countryName(e.data.country) : undefined].filter(Boolean).join(' · '),
        title: e.data.name,
        detail: e.data.description,
        footer: `${xref.eventsOf.get(e.id)?.length ?? 0} events on the timeline`,
      } satisfies OgCard,
    },
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard((props as { card: OgCard }).card) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
