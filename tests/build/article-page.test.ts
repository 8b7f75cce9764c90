/** The built article page holds the translation, the original beside it, and every note with its sources. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { page } from '../helpers/dist.ts';
import { splitParagraphs } from '../../src/lib/paragraphs.ts';

const slug = 'bisnis-taiwan-bans-government-use-of-zoom';
const html = parse(page(`/articles/${slug}/`));
const mdx = readFileSync(`content/articles/${slug}/index.mdx`, 'utf8');
const original = splitParagraphs(readFileSync(`content/articles/${slug}/original.md`, 'utf8'));
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('article page', () => {
  const pairs = html.querySelectorAll('.pair');

  it('pairs every translated paragraph with its original, in order', () => {
    expect(pairs).toHaveLength(original.length);
    pairs.forEach((pair, i) => {
      const orig = pair.querySelector(`p[lang="id"]`);
      expect(text(orig?.textContent ?? '')).toBe(text(original[i]!).replace(/&quot;/g, '"'));
      expect(pair.getAttribute('id')).toBe(`p${i + 1}`);
    });
  });

  it("puts each original right after its paragraph's text, before the paragraph's notes", () => {
    const withNotes = pairs.filter((pair) => pair.querySelector('aside[role="note"]'));
    expect(withNotes.length).toBeGreaterThanOrEqual(4);
    for (const pair of withNotes) {
      const parts = pair.childNodes.filter((c) => c.nodeType === 1).map((c) => (c as unknown as { classList: { value: string[] } }).classList.value[0]);
      expect(parts, pair.id).toEqual(['pair-tr', 'pair-orig', 'pair-notes']);
      expect(pair.querySelector('.para aside'), `${pair.id}: a note inside the paragraph text`).toBeNull();
    }
  });

  it('shows the translation, starting with the dateline', () => {
    expect(text(pairs[0]!.querySelector('.para')!.textContent)).toMatch(/^Bisnis\.com, JAKARTA - Taiwan/);
  });

  it('renders every note in the MDX, numbered, labelled, and reachable by a link', () => {
    const expected = (mdx.match(/<(TranslatorNote|ContextNote|ClaimCheck)\b/g) ?? []).length;
    const notes = html.querySelectorAll('aside[role="note"]');
    expect(expected).toBeGreaterThanOrEqual(6);
    expect(notes).toHaveLength(expected);
    notes.forEach((note, i) => {
      expect(note.id).toBe(`note-${i + 1}`);
      const label = note.querySelector('.note-label')!;
      expect(label.getAttribute('href')).toBe(`#note-${i + 1}`);
      expect(note.getAttribute('aria-labelledby')).toBe(label.id);
    });
  });

  it('gives every claim check a verdict and at least one cited source', () => {
    const checks = html.querySelectorAll('.note--claim');
    expect(checks.length).toBeGreaterThanOrEqual(3);
    for (const c of checks) {
      expect(c.querySelector('.verdict')?.textContent).toMatch(/accurate|imprecise|misleading|unverified/);
      expect(c.querySelectorAll('cite a[href^="http"]').length).toBeGreaterThan(0);
    }
  });

  it('cites at least one source in every note', () => {
    for (const note of html.querySelectorAll('aside[role="note"]')) {
      expect(note.querySelectorAll('cite a[href^="http"]').length, note.id).toBeGreaterThan(0);
    }
  });

  it('links entity mentions to entity pages', () => {
    const mentions = html.querySelectorAll('a.entity-mention');
    expect(mentions.length).toBeGreaterThan(5);
    for (const m of mentions) expect(m.getAttribute('href')).toMatch(/^\/entities\/[a-z0-9-]+\/$/);
  });

  it('credits the outlet, author and editor, links the original, shows both time zones', () => {
    const header = text(html.querySelector('article header')!.textContent);
    expect(header).toContain('Nirmala Aninda');
    expect(header).toContain('Fitri Sartina Dewi');
    expect(header).toContain('14:33 WIB (UTC+07:00)');
    expect(header).toContain('07:33 UTC');
    expect(html.querySelector('a[href="https://kabar24.bisnis.com/read/20200407/19/1223718/taiwan-larang-instansi-pemerintah-gunakan-zoom"]')).not.toBeNull();
  });

  it('keeps spaces between inline elements (compressHTML)', () => {
    expect(text(pairs[0]!.querySelector('.para')!.textContent)).not.toMatch(/[a-z](Taiwan|Zoom)\b/);
  });
});
