/** Entity lists for the index: grouped by type in a fixed order, names sorted. Pure. */
import type { Entity, EntityType } from '../schemas/entity.ts';
import { entityTypes } from '../schemas/entity.ts';

export interface EntityGroup {
  type: EntityType;
  entities: { id: string; data: Entity }[];
}

export function groupByType(entities: Iterable<{ id: string; data: Entity }>): EntityGroup[] {
  const byType = new Map<EntityType, { id: string; data: Entity }[]>();
  for (const e of entities) {
    const list = byType.get(e.data.type) ?? [];
    list.push(e);
    byType.set(e.data.type, list);
  }
  return entityTypes
    .filter((t) => byType.has(t))
    .map((type) => ({ type, entities: byType.get(type)!.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')) }));
}

/** Aliases grouped by language tag, in the order first met. */
export function aliasesByLanguage(entity: Entity): { lang: string; names: Entity['aliases'] }[] {
  const groups = new Map<string, Entity['aliases']>();
  for (const a of entity.aliases) groups.set(a.lang, [...(groups.get(a.lang) ?? []), a]);
  return [...groups].map(([lang, names]) => ({ lang, names }));
}
