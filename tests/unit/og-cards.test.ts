/** The card list the build draws: read from content/ in plain Node, as the worker reads it. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/integrations/dataset.ts';
import { ogCards } from '../../src/lib/og-cards.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('Open Graph cards', async () => {
  const { articles, xref } = await loadDataset(root, { articles: true });
  const cards = ogCards(articles, xref);

  it('has one card for the site, each published article and each entity, at distinct paths', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(cards).toHaveLength(1 + articles.length + xref.entities.size);
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
    expect(cards[0]!.path).toBe('/og/site.png');
  });

  it("shows an article's title, its original language and outlet by name, and its date", () => {
    const seed = cards.find((c) => c.path === '/og/articles/bisnis-taiwan-bans-government-use-of-zoom.png')!.card;
    expect(seed.title).toBe('Taiwan Bans Government Agencies From Using Zoom');
    expect(seed.kicker).toBe('Translated from Indonesian · Bisnis.com');
    expect(seed.footer).toBe('7 April 2020');
  });

  it("shows an entity's type, country and how many events it has", () => {
    const taiwan = cards.find((c) => c.path === '/og/entities/taiwan.png')!.card;
    expect(taiwan.kicker).toBe('State · Taiwan');
    expect(taiwan.title).toBe('Taiwan');
    const [busiest, events] = [...xref.eventsOf].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(events.length).toBeGreaterThan(1);
    expect(cards.find((c) => c.path === `/og/entities/${busiest}.png`)!.card.footer).toBe(`${events.length} events on the timeline`);
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
