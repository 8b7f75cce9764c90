/**
 * `astro dev` only (injected by src/integrations/og-images.ts): serves /og/**.png on request, from the
 * same card list the build uses. `astro build` draws the cards in a worker beside the build instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articles, xref } from '../../lib/content.ts';
import { ogCards } from '../../lib/og-cards.ts';
import { renderCard } from '../../lib/og-image.ts';
import type { CardText } from '../../lib/og-card-layout.ts';

/** "/og/articles/x.png" -> "articles/x" (the route's parameter). */
const param = (p: string) => p.replace(/^\/og\//, '').replace(/\.png$/, '');

export const getStaticPaths = (() =>
  ogCards(articles, xref).map(({ path, card }) => ({ params: { path: param(path) }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await renderCard((props as { card: CardText }).card)) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
