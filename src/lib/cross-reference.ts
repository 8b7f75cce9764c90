/**
 * The cross-reference indexes, computed once from the three collections: entity -> events (as actor,
 * as subject), entity -> articles, entity -> related entities, entity -> children, event -> articles,
 * reversal <-> original. Pure: it takes plain records, so it is unit-tested without a build.
 * A reference to an id that does not exist throws an IntegrityError naming the file and field.
 */
import type { Article } from '../schemas/article.ts';
import type { Entity } from '../schemas/entity.ts';
import type { Event } from '../schemas/event.ts';
import { measureActions } from '../schemas/event.ts';
import { compareEvents, eventWhen, type TimelineEvent } from './timeline-event.ts';

// Re-exported for the components that import the event type from here; the type lives in a leaf module.
export { compareEvents, eventWhen, type TimelineEvent };

export interface Record<T> {
  id: string;
  /** Path of the content file, relative to the project, for error messages. */
  filePath?: string | undefined;
  data: T;
}

export interface IntegrityProblem {
  file: string;
  field: string;
  message: string;
}

export class IntegrityError extends Error {
  // A plain field, not a parameter property: workers load this file with Node's type stripping.
  readonly problems: IntegrityProblem[];
  constructor(problems: IntegrityProblem[]) {
    super(`${problems.length} broken reference(s):\n` + problems.map((p) => `  ${p.file}  ${p.field}: ${p.message}`).join('\n'));
    this.name = 'IntegrityError';
    this.problems = problems;
  }
}

export interface CrossReference {
  entities: Map<string, Record<Entity>>;
  events: Map<string, TimelineEvent>;
  articles: Map<string, Record<Article>>;
  /** Events in chronological order (ties broken by id, so the order is stable). */
  timeline: TimelineEvent[];
  eventsAsActor: Map<string, TimelineEvent[]>;
  eventsAsSubject: Map<string, TimelineEvent[]>;
  /** Every event an entity takes part in, either way, in date order. */
  eventsOf: Map<string, TimelineEvent[]>;
  articlesOf: Map<string, Record<Article>[]>;
  articlesOfEvent: Map<string, Record<Article>[]>;
  children: Map<string, Record<Entity>[]>;
  related: Map<string, { entity: Record<Entity>; weight: number }[]>;
  /** reversal id -> reversed event id, and reversed id -> its reversals. */
  reverses: Map<string, string>;
  reversedBy: Map<string, TimelineEvent[]>;
  /** Events of an entity's units and people (its descendants), not its own, in date order. */
  eventsWithin: Map<string, TimelineEvent[]>;
  /** Events that are measures against a subject (ban, restriction, advisory, suspension). */
  measures: TimelineEvent[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function buildCrossReference(input: { articles: Record<Article>[]; entities: Record<Entity>[]; events: Record<Event>[] }): CrossReference {
  const problems: IntegrityProblem[] = [];
  const file = (r: Record<unknown>, dir: string) => r.filePath ?? `content/${dir}/${r.id}`;

  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const timeline: TimelineEvent[] = input.events.map((e) => ({ id: e.id, data: e.data, when: eventWhen(e.data) })).sort(compareEvents);
  const events = new Map(timeline.map((e) => [e.id, e]));
  const articles = new Map(input.articles.map((a) => [a.id, a]));

  const needEntity = (owner: Record<unknown>, dir: string, field: string, id: string | undefined) => {
    if (id !== undefined && !entities.has(id)) {
      problems.push({ file: file(owner, dir), field, message: `no entity "${id}" (add content/entities/${id}.yaml or fix the id)` });
    }
  };
  const needEvent = (owner: Record<unknown>, dir: string, field: string, id: string | undefined) => {
    if (id !== undefined && !events.has(id)) {
      problems.push({ file: file(owner, dir), field, message: `no event "${id}" (add content/events/${id}.yaml or fix the id)` });
    }
  };

  const children = new Map<string, Record<Entity>[]>();
  for (const e of input.entities) {
    needEntity(e, 'entities', 'parent', e.data.parent);
    if (e.data.parent === e.id) problems.push({ file: file(e, 'entities'), field: 'parent', message: 'an entity cannot be its own parent' });
    if (e.data.parent && entities.has(e.data.parent)) push(children, e.data.parent, e);
  }

  const eventsAsActor = new Map<string, TimelineEvent[]>();
  const eventsAsSubject = new Map<string, TimelineEvent[]>();
  const eventsOf = new Map<string, TimelineEvent[]>();
  const reverses = new Map<string, string>();
  const reversedBy = new Map<string, TimelineEvent[]>();
  const raw = new Map(input.events.map((e) => [e.id, e]));
  for (const ev of timeline) {
    const rec = raw.get(ev.id)!;
    ev.data.actor.forEach((a, i) => {
      needEntity(rec, 'events', `actor${ev.data.actor.length > 1 ? `[${i}]` : ''}`, a);
      push(eventsAsActor, a, ev);
      push(eventsOf, a, ev);
    });
    if (ev.data.subject) {
      needEntity(rec, 'events', 'subject', ev.data.subject);
      push(eventsAsSubject, ev.data.subject, ev);
      if (!ev.data.actor.includes(ev.data.subject)) push(eventsOf, ev.data.subject, ev);
    }
    if (ev.data.reverses) {
      needEvent(rec, 'events', 'reverses', ev.data.reverses);
      reverses.set(ev.id, ev.data.reverses);
      push(reversedBy, ev.data.reverses, ev);
    }
  }

  const articlesOf = new Map<string, Record<Article>[]>();
  const articlesOfEvent = new Map<string, Record<Article>[]>();
  for (const a of input.articles) {
    needEntity(a, 'articles', 'outlet', a.data.outlet);
    const involved = new Set([a.data.outlet, ...a.data.entities]);
    a.data.entities.forEach((id, i) => needEntity(a, 'articles', `entities[${i}]`, id));
    for (const id of involved) push(articlesOf, id, a);
    a.data.events.forEach((id, i) => {
      needEvent(a, 'articles', `events[${i}]`, id);
      push(articlesOfEvent, id, a);
    });
  }

  if (problems.length > 0) throw new IntegrityError(problems);

  // Related entities: how often two entities meet in one event or article, plus parent and children.
  const weights = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, w: number) => {
    if (a === b) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const m = weights.get(x) ?? new Map<string, number>();
      m.set(y, (m.get(y) ?? 0) + w);
      weights.set(x, m);
    }
  };
  const linkAll = (ids: string[], w: number) => {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) link(ids[i]!, ids[j]!, w);
  };
  for (const ev of timeline) linkAll([...new Set([...ev.data.actor, ...(ev.data.subject ? [ev.data.subject] : [])])], 2);
  for (const a of input.articles) linkAll([...new Set([a.data.outlet, ...a.data.entities])], 1);
  for (const e of input.entities) if (e.data.parent) link(e.id, e.data.parent, 3);
  const related = new Map<string, { entity: Record<Entity>; weight: number }[]>();
  for (const [id, m] of weights) {
    related.set(
      id,
      [...m]
        .map(([other, weight]) => ({ entity: entities.get(other)!, weight }))
        .sort((x, y) => y.weight - x.weight || x.entity.data.name.localeCompare(y.entity.data.name)),
    );
  }

  // A journalist on the Executive Yuan's page should reach the circular its Department of Cyber
  // Security issued: each entity also gets the events of everything below it.
  const eventsWithin = new Map<string, TimelineEvent[]>();
  for (const id of entities.keys()) {
    const own = new Set((eventsOf.get(id) ?? []).map((e) => e.id));
    const found = new Map<string, TimelineEvent>();
    const stack = [...(children.get(id) ?? [])];
    const seen = new Set<string>([id]);
    while (stack.length > 0) {
      const child = stack.pop()!;
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      for (const e of eventsOf.get(child.id) ?? []) if (!own.has(e.id)) found.set(e.id, e);
      stack.push(...(children.get(child.id) ?? []));
    }
    if (found.size > 0) eventsWithin.set(id, [...found.values()].sort(compareEvents));
  }

  const measureSet = new Set<string>(measureActions);
  const measures = timeline.filter((e) => measureSet.has(e.data.action));

  return {
    entities,
    events,
    articles,
    timeline,
    eventsAsActor,
    eventsAsSubject,
    eventsOf,
    articlesOf,
    articlesOfEvent,
    children,
    related,
    reverses,
    reversedBy,
    eventsWithin,
    measures,
  };
}
