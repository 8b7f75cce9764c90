/** /search/names/<n>.json: one shard of the exact-name lookup (src/lib/name-lookup.ts). */
import type { APIRoute } from 'astro';
import { xref } from '../../../lib/content.ts';
import { buildNameShards, NAME_SHARDS } from '../../../lib/name-lookup.ts';
import { entityTypeLabel } from '../../../lib/labels.ts';
import { entityPath, url } from '../../../lib/paths.ts';

const shards = buildNameShards([...xref.entities.values()].map((e) => ({ url: url(entityPath(e.id)), typeLabel: entityTypeLabel[e.data.type], data: e.data })));

export function getStaticPaths() {
  return Array.from({ length: NAME_SHARDS }, (_, n) => ({ params: { shard: String(n) } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(shards[Number(params.shard)] ?? {}), { headers: { 'Content-Type': 'application/json' } });
