/**
 * Every built article page holds its translation, the original beside it, and every note with its
 * sources. What each page must show is read from the article's own files (frontmatter, MDX,
 * original.md), so retitling an article, rewording a paragraph or adding a note keeps this green;
 * exact counts and wording are pinned on the fixture site (tests/fixture-site/article.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { page } from '../helpers/dist.ts';
import { NOTE_TAG, readContent } from '../helpers/content.ts';
import { formatInZoneAndUtc } from '../../src/lib/dates.ts';

const { articles } = readContent();
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Letters and digits only: compares words while ignoring typography (curly quotes, dashes, emphasis marks). */
const words = (s: string) => s.replace(/&quot;|&amp;|&#39;/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
/** An MDX paragraph as the reader sees its text: notes (shown apart) removed, tags dropped, their words kept. */
const readable = (mdx: string) => mdx.replace(/<(TranslatorNote|ContextNote|ClaimCheck|Note)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '');

it('the site has articles to check', () => expect(articles.length).toBeGreaterThan(0));

describe.each(articles.map((a) => [a.id, a] as const))('article page %s', (id, article) => {
  const html = parse(page(`/articles/${id}/`));
  const pairs = html.querySelectorAll('.pair');
  const notesInMdx = [...article.body.matchAll(NOTE_TAG)].map((m) => m[1]);

  it('pairs every translated paragraph with its original, in order', () => {
    expect(article.original.length).toBeGreaterThan(0);
    expect(pairs).toHaveLength(article.original.length);
    pairs.forEach((pair, i) => {
      const orig = pair.querySelector(`p[lang="${article.data.originalLanguage}"]`);
      expect(text(orig?.textContent ?? '')).toBe(text(article.original[i]!).replace(/&quot;/g, '"'));
      expect(pair.getAttribute('id')).toBe(`p${i + 1}`);
    });
  });

  it('shows every translated paragraph, word for word, in its pair', () => {
    expect(pairs).toHaveLength(article.paragraphs.length);
    pairs.forEach((pair, i) => expect(words(pair.querySelector('.para')!.textContent), `p${i + 1}`).toBe(words(readable(article.paragraphs[i]!))));
  });

  it("puts each original right after its paragraph's text, before the paragraph's notes", () => {
    const withNotes = pairs.filter((pair) => pair.querySelector('aside[role="note"]'));
    expect(withNotes).toHaveLength(article.paragraphs.filter((p) => /<(TranslatorNote|ContextNote|ClaimCheck)\b/.test(p)).length);
    for (const pair of withNotes) {
      const parts = pair.childNodes.filter((c) => c.nodeType === 1).map((c) => (c as unknown as { classList: { value: string[] } }).classList.value[0]);
      expect(parts, pair.id).toEqual(['pair-tr', 'pair-orig', 'pair-notes']);
      expect(pair.querySelector('.para aside'), `${pair.id}: a note inside the paragraph text`).toBeNull();
    }
  });

  it('renders every note in the MDX, numbered, labelled, and reachable by a link', () => {
    const notes = html.querySelectorAll('aside[role="note"]');
    expect(notes).toHaveLength(notesInMdx.length);
    notes.forEach((note, i) => {
      expect(note.id).toBe(`note-${i + 1}`);
      const label = note.querySelector('.note-label')!;
      expect(label.getAttribute('href')).toBe(`#note-${i + 1}`);
      expect(note.getAttribute('aria-labelledby')).toBe(label.id);
    });
  });

  it('gives every claim check its verdict and at least one cited source', () => {
    const verdicts = [...article.body.matchAll(/<ClaimCheck\b[^>]*?\bverdict="([a-z]+)"/g)].map((m) => m[1]);
    const checks = html.querySelectorAll('.note--claim');
    expect(checks).toHaveLength(notesInMdx.filter((n) => n === 'ClaimCheck').length);
    checks.forEach((c, i) => {
      expect(c.querySelector('.verdict')?.textContent.toLowerCase()).toContain(verdicts[i]);
      expect(c.querySelectorAll('cite a[href^="http"]').length).toBeGreaterThan(0);
    });
  });

  it('cites at least one source in every note', () => {
    for (const note of html.querySelectorAll('aside[role="note"]')) {
      expect(note.querySelectorAll('cite a[href^="http"]').length, note.id).toBeGreaterThan(0);
    }
  });

  it('links every entity mention to its entity page, in order', () => {
    const inMdx = [...article.body.matchAll(/<Entity\s+id="([^"]+)"/g)].map((m) => `/entities/${m[1]}/`);
    expect(html.querySelectorAll('a.entity-mention').map((m) => m.getAttribute('href'))).toEqual(inMdx);
  });

  it('credits the outlet, authors and editors, links the original, shows both time zones', () => {
    const header = text(html.querySelector('article header')!.textContent);
    for (const name of [...article.data.authors, ...(article.data.editors ?? [])]) expect(header).toContain(name);
    const when = formatInZoneAndUtc(article.data.published);
    expect(header).toContain(when.local);
    expect(header).toContain(when.utc);
    expect(html.querySelector(`article header a[href="${article.data.originalUrl}"]`)).not.toBeNull();
    expect(html.querySelector(`article header a[href="/entities/${article.data.outlet}/"]`)).not.toBeNull();
  });

  it('keeps spaces between inline elements (compressHTML)', () => {
    for (const para of html.querySelectorAll('.para')) {
      const full = text(para.textContent);
      for (const m of para.querySelectorAll('a.entity-mention')) {
        const name = text(m.textContent).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(full, `"${m.textContent}" glued to a neighbouring word`).not.toMatch(new RegExp(`\\p{L}${name}|${name}\\p{L}`, 'u'));
      }
    }
  });
});
