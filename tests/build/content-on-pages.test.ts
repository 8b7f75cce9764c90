/**
 * Everything in content/ reaches its page: every published event has its anchor on the timeline page
 * that its permalink names, and every entity has its page with its name and every other name it
 * goes by. Expectations are read from content/, so they follow every edit an editor makes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readContent } from '../helpers/content.ts';
import { searchTerms } from '../../src/lib/search-terms.ts';
import { distDir, page } from '../helpers/dist.ts';

const content = readContent();
const site = 'https://lintas.example.org';
const published = JSON.parse(readFileSync(path.join(distDir, 'data/events.json'), 'utf8')).events as { id: string; url: string }[];
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('events on the timeline', () => {
  it.each(content.events.map((e) => [e.id, e] as const))('%s has its anchor, title and summary on the page its permalink names', (id, event) => {
    const url = new URL(published.find((p) => p.id === id)!.url);
    expect(url.origin).toBe(site);
    expect(url.hash).toBe(`#event-${id}`);
    const item = parse(page(url.pathname)).querySelectorAll(`[id="event-${id}"]`);
    expect(item).toHaveLength(1);
    expect(text(item[0]!.querySelector('.event-title')!.textContent)).toBe(text(event.data.title));
    expect(text(item[0]!.textContent)).toContain(text(event.data.summary));
  });
});

describe('entity pages', () => {
  it.each(content.entities.map((e) => [e.id, e] as const))('%s has a page with its name and every other name', (id, entity) => {
    const html = parse(page(`/entities/${id}/`));
    expect(text(html.querySelector('h1')!.textContent)).toBe(text(entity.data.name));
    const names = html.querySelector('section[aria-labelledby="names"]');
    for (const alias of entity.data.aliases ?? []) {
      const shown = names?.querySelectorAll(`[lang="${alias.lang}"]`).map((el) => text(el.textContent)) ?? [];
      expect(shown, `${id}: alias "${alias.name}"`).toContain(text(alias.name));
    }
  });
});

describe('what an entity page gives the search index', () => {
  // Each event and article is a search result of its own; listed again in the index of every entity
  // page that shows it, it made each of those pages a duplicate hit for its words.
  const ignored = (el: import('node-html-parser').HTMLElement | null): boolean =>
    el !== null && (el.hasAttribute('data-pagefind-ignore') || ignored(el.parentNode as import('node-html-parser').HTMLElement | null));
  it.each(content.entities.map((e) => [e.id] as const))('%s: its names and description are indexed, the lists of others are not', (id) => {
    const html = parse(page(`/entities/${id}/`));
    const body = html.querySelector('[data-pagefind-body]')!;
    expect(body, 'the page is indexed').toBeTruthy();
    expect(ignored(body.querySelector('h1')), 'its name').toBe(false);
    expect(ignored(body.querySelector('h1 + p')), 'its description').toBe(false);
    const listed = body.querySelectorAll('[id^="event-"], .event, .card-list li, table');
    for (const el of listed) expect(ignored(el), `${id}: ${el.tagName}.${el.classNames} is indexed`).toBe(true);
  });

  // Pagefind cuts a result's excerpt from the page's indexed text: the extra name forms kept for
  // matching ("SpaceX" for "Space X", the later part of a Chinese name) come after everything a reader
  // reads, so an excerpt for the entity's name shows its names as written.
  const termsOf = (e: (typeof content.entities)[number]) => searchTerms({ name: e.data.name, aliases: e.data.aliases ?? [] });
  const withVariants = content.entities.filter((e) => termsOf(e).variants.length > 0);
  it.runIf(withVariants.length > 0).each(withVariants.map((e) => [e.id, e] as const))('%s: its extra name forms are indexed last', (id, entity) => {
    const { names, variants } = termsOf(entity);
    const body = parse(page(`/entities/${id}/`)).querySelector('[data-pagefind-body]')!;
    const indexed = body.querySelectorAll('*').filter((el) => !ignored(el) && el.childNodes.some((n) => n.nodeType === 3 && n.text.trim()));
    const last = indexed.at(-1)!;
    expect(last.getAttribute('hidden'), `${id}: the last indexed text is the hidden list of extra forms`).toBe('');
    expect(text(last.textContent)).toBe(variants.join('; '));
    const first = body.querySelector('[hidden]')!;
    expect(text(first.textContent)).toBe(text(names.map((n) => `${n};`).join(' ')));
  });
});
