/**
 * Article pages on the fixture site (tests/fixtures/basic): content written for the test, so the
 * exact pairing, note numbering, verdicts and credits can be pinned. The same rules are checked on
 * every real article, derived from its files, in tests/build/article-page.test.ts.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fixturePage } from '../helpers/fixture-site.ts';

const html = (url: string) => parse(fixturePage('basic', url));
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('fixture article with three paragraphs and three notes', () => {
  const page = html('/articles/gazette-ministry-bans-chatapp/');
  const pairs = page.querySelectorAll('.pair');

  it('pairs each paragraph with its original, in order, under p1..p3', () => {
    expect(pairs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(pairs.map((p) => text(p.querySelector('p[lang="de"]')!.textContent))).toEqual([
      'Example Gazette, HAUPTSTADT - Das Bildungsministerium verbietet ChatApp an allen Schulen.',
      'Das Ministerium nannte Sicherheit als Grund, schreibt die Zeitung.',
      'Ruritanien ist nicht der erste Staat, der handelt.',
    ]);
    expect(text(pairs[1]!.querySelector('.para')!.textContent)).toBe('The ministry gave security as its reason, the Gazette said.');
  });

  it('shows the translation without its notes, words kept apart around mentions', () => {
    expect(text(pairs[0]!.querySelector('.para')!.textContent)).toBe(
      'Example Gazette, CAPITAL - Ruritania’s education ministry has banned ChatApp in every school.',
    );
    expect(pairs[0]!.querySelector('.para aside')).toBeNull();
  });

  it('numbers the notes through the page, in the paragraphs they belong to', () => {
    const notes = page.querySelectorAll('aside[role="note"]');
    expect(notes.map((n) => [n.id, n.closest('.pair')?.id, n.getAttribute('data-note-kind')])).toEqual([
      ['note-1', 'p1', 'translator'],
      ['note-2', 'p1', 'claim'],
      ['note-3', 'p3', 'context'],
    ]);
    for (const n of notes) {
      const label = n.querySelector('.note-label')!;
      expect(label.getAttribute('href')).toBe(`#${n.id}`);
      expect(n.getAttribute('aria-labelledby')).toBe(label.id);
    }
    expect(pairs[1]!.querySelector('.pair-notes')).toBeNull();
  });

  it("shows each note's anchor words, the original words, its verdict and its cited source", () => {
    const [translator, claim, context] = page.querySelectorAll('aside[role="note"]');
    expect(text(translator!.querySelector('.note-on')!.textContent)).toBe('on “has banned”');
    expect(translator!.querySelector('.note-original q[lang="de"]')?.textContent).toBe('verbietet');
    expect(claim!.querySelector('.verdict')?.textContent.toLowerCase()).toContain('accurate');
    for (const n of [translator!, claim!]) expect(n.querySelector('cite a')?.getAttribute('href')).toBe('https://example.org/gazette/ban');
    expect(context!.querySelector('cite a')?.getAttribute('href')).toBe('https://example.org/gazette/earlier');
  });

  it('links each mention to its entity page', () => {
    expect(page.querySelectorAll('a.entity-mention').map((a) => [text(a.textContent), a.getAttribute('href')])).toEqual([
      ['Example Gazette', '/entities/example-gazette/'],
      ['Ruritania’s education ministry', '/entities/ruritania-moe/'],
      ['ChatApp', '/entities/zoom/'],
      ['Gazette', '/entities/example-gazette/'],
      ['Ruritania', '/entities/ruritania/'],
    ]);
  });

  it('credits the outlet, author and editor, links the original, and gives the time in its zone and in UTC', () => {
    const header = text(page.querySelector('article header')!.textContent);
    expect(header).toContain('Ruritania Bans ChatApp in Schools');
    expect(header).toContain('Jo Reporter; edited by Sam Editor');
    expect(header).toContain('11 March 2020, 09:15');
    expect(header).toContain('10 March 2020, 20:15 UTC');
    expect(page.querySelector('article header a[href="https://example.org/gazette/ban"]')).not.toBeNull();
    expect(page.querySelector('article header a[href="/entities/example-gazette/"]')).not.toBeNull();
  });

  it('lists the events it involves, each linked to its timeline anchor', () => {
    const involves = page.querySelector('[aria-labelledby="involves"]') ?? page.querySelector('#involves')!.parentNode!;
    const hrefs = involves.querySelectorAll('a[href^="/timeline/"]').map((a) => a.getAttribute('href'));
    expect(hrefs.sort()).toEqual(['/timeline/2020/#event-gazette-report', '/timeline/2020/#event-moe-ban']);
  });
});

describe('a second fixture article', () => {
  const page = html('/articles/gazette-chatapp-back/');
  it('numbers its notes from 1 again and shows its own verdict', () => {
    const notes = page.querySelectorAll('aside[role="note"]');
    expect(notes.map((n) => n.id)).toEqual(['note-1']);
    expect(notes[0]!.querySelector('.verdict')?.textContent.toLowerCase()).toContain('imprecise');
    expect(page.querySelectorAll('.pair').map((p) => p.id)).toEqual(['p1', 'p2']);
  });
  it('credits no editor when none is recorded', () => {
    expect(text(page.querySelector('article header')!.textContent)).not.toContain('edited by');
  });
});
