/**
 * The JSON Schemas of the downloads, /data/schema/<name>.json: the schema files in
 * src/lib/open-data/json-schema/, with their `$id` on this site (its URL and base path), which is
 * also the `$schema` every download names.
 */
import type { APIRoute } from 'astro';
import entities from '../../../lib/open-data/json-schema/entities-1.json';
import events from '../../../lib/open-data/json-schema/events-1.json';
import { ENTITIES_SCHEMA_PATH } from '../../../lib/open-data/entities.ts';
import { EVENTS_SCHEMA_PATH } from '../../../lib/open-data/events.ts';
import { absolute } from '../../../lib/paths.ts';
import { siteRoot } from '../../../lib/site.ts';

const schemas: Record<string, { path: string; schema: object }> = {
  'entities-1': { path: ENTITIES_SCHEMA_PATH, schema: entities },
  'events-1': { path: EVENTS_SCHEMA_PATH, schema: events },
};

export function getStaticPaths() {
  return Object.keys(schemas).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) => {
  const { path, schema } = schemas[params.name!]!;
  const { $schema, ...rest } = schema as { $schema: string };
  return new Response(JSON.stringify({ $schema, $id: absolute(siteRoot, path), ...rest }, null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};
