/**
 * The card list the build draws, read in plain Node as the worker reads it: from the fixture site's
 * content (tests/fixtures/basic), so what each card says can be pinned exactly; and from the real
 * content/, for the rules that hold whatever the editors write.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/integrations/dataset.ts';
import { ogCards } from '../../src/lib/og-cards.ts';
import { fixtureRoot } from '../helpers/fixture-site.ts';

describe('Open Graph cards', async () => {
  const { articles, xref } = await loadDataset(fixtureRoot('basic'));
  const cards = ogCards(articles, xref);
  const card = (p: string) => cards.find((c) => c.path === p)?.card;

  it('has one card for the site, each published article and each entity, at distinct paths', () => {
    expect(cards.map((c) => c.path).sort()).toEqual([
      '/og/articles/gazette-chatapp-back.png',
      '/og/articles/gazette-ministry-bans-chatapp.png',
      '/og/entities/example-gazette.png',
      '/og/entities/jo-reporter.png',
      '/og/entities/ruritania-moe.png',
      '/og/entities/ruritania.png',
      '/og/entities/zoom.png',
      '/og/site.png',
    ]);
    expect(cards[0]!.path).toBe('/og/site.png');
  });

  it("shows an article's title, its original language and outlet by name, and its date", () => {
    expect(card('/og/articles/gazette-ministry-bans-chatapp.png')).toEqual({
      kicker: 'Translated from German · Example Gazette',
      title: 'Ruritania Bans ChatApp in Schools',
      footer: '11 March 2020',
    });
  });

  it("shows an entity's type, country and how many events it has", () => {
    expect(card('/og/entities/ruritania.png')).toMatchObject({ kicker: 'State · New Zealand', title: 'Ruritania', footer: '1 event on the timeline' });
    expect(card('/og/entities/ruritania-moe.png')).toMatchObject({ kicker: 'Ministry · New Zealand', footer: '2 events on the timeline' });
    // No country recorded: the type alone. Drafts count for nothing.
    expect(card('/og/entities/zoom.png')).toMatchObject({ kicker: 'Company', title: 'ChatApp Inc.', footer: '4 events on the timeline' });
  });
});

describe('Open Graph cards of the real content', async () => {
  const { articles, xref } = await loadDataset(path.resolve(import.meta.dirname, '../..'));
  const cards = ogCards(articles, xref);
  it('one per published article and entity, at distinct paths, each titled as its record', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(cards).toHaveLength(1 + articles.length + xref.entities.size);
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
    for (const a of articles) expect(cards.find((c) => c.path === `/og/articles/${a.id}.png`)?.card.title).toBe(a.data.title);
    for (const e of xref.entities.values()) expect(cards.find((c) => c.path === `/og/entities/${e.id}.png`)?.card.title).toBe(e.data.name);
  });

  it('never tells a reader an entity has no events when its units and people have some', () => {
    for (const [id, within] of xref.eventsWithin) {
      const footer = cards.find((c) => c.path === `/og/entities/${id}.png`)!.card.footer!;
      expect(footer, id).not.toMatch(/^0 /);
      if (!xref.eventsOf.get(id)?.length) expect(footer, id).toBe(`${within.length} event${within.length === 1 ? '' : 's'} of its units and people`);
    }
    for (const { card } of cards) expect(card.footer ?? '', card.title).not.toMatch(/^1 events/);
  });
});
