/**
 * An article's body, rendered from its checked syntax tree (src/lib/article-body.ts): what a reader
 * sees of the pairing, the notes and the links, and that the text of an article can only ever be
 * text in the page.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkMdxDialect, type MdxNode } from '../../src/checks/check-mdx.ts';
import { articleBody } from '../../src/lib/article-body.ts';

const ctx = {
  original: ['Erster Absatz.', 'Zweiter Absatz mit melarang.'],
  originalLanguage: 'de',
  originalLanguageName: 'German',
  url: (p: string) => `/lintas${p}`,
};

function render(mdx: string, context = ctx) {
  const dialect = checkMdxDialect(mdx, 'test.mdx');
  expect(dialect.problems).toEqual([]);
  return parse(articleBody(dialect.paragraphs, context).html);
}

describe('articleBody', () => {
  const mdx = [
    'The <Entity id="ruritania-moe">ministry</Entity> *barred* [ChatApp](https://example.org/chat) from "schools" -- all of them. <TranslatorNote on="barred" original="Erster">Why **barred**. <Cite outlet="Gazette" url="https://example.org/g" title="A title" date="2020-03-10" lang="de" /></TranslatorNote>',
    '',
    'Second paragraph, see [the ministry](/entities/ruritania-moe/). {/* an editor\'s comment */} <ContextNote>Context.</ContextNote> <ClaimCheck claim="It was all of them" verdict="imprecise">Only schools.</ClaimCheck>',
    '',
  ].join('\n');
  const page = render(mdx);

  it('pairs each paragraph with the original of the same number, in a disclosure with its language', () => {
    const pairs = page.querySelectorAll('.pair');
    expect(pairs.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(pairs.map((p) => p.querySelector('.pair-orig p')?.text)).toEqual(ctx.original);
    expect(pairs[1]!.querySelector('.pair-orig p')?.getAttribute('lang')).toBe('de');
    expect(pairs[1]!.querySelector('.pair-orig summary')?.text).toBe('Original paragraph 2 (German)');
    expect(pairs[0]!.querySelector('.para-num')?.getAttribute('href')).toBe('#p1');
  });

  it("keeps the paragraph's text apart from its notes, which follow the original", () => {
    const [first, second] = page.querySelectorAll('.pair');
    expect(first!.querySelector('.para')?.text).toBe('The ministry barred ChatApp from “schools” – all of them.');
    expect(second!.querySelector('.para')?.text).toBe('Second paragraph, see the ministry.');
    expect(first!.childNodes.filter((n) => 'tagName' in n).map((n) => (n as unknown as { classNames: string }).classNames)).toEqual([
      'pair-tr',
      'pair-orig',
      'pair-notes',
    ]);
  });

  it('numbers the notes through the article, each with its label, permalink and what it is about', () => {
    const notes = page.querySelectorAll('aside.note');
    expect(notes.map((n) => [n.id, n.getAttribute('data-note-kind'), n.querySelector('.note-label')?.text])).toEqual([
      ['note-1', 'translator', 'Translator’s note 1'],
      ['note-2', 'context', 'Context 2'],
      ['note-3', 'claim', 'Claim check 3'],
    ]);
    expect(notes[0]!.querySelector('.note-on')?.text).toBe('on “barred”');
    expect(notes[0]!.querySelector('.note-original q')?.getAttribute('lang')).toBe('de');
    expect(notes[2]!.querySelector('.note-on')?.text).toBe('on “It was all of them”');
    expect(notes[2]!.querySelector('.verdict')?.getAttribute('href')).toBe('/lintas/methods/#verdict-imprecise');
    expect(notes.every((n) => n.getAttribute('aria-labelledby') === `${n.id}-label`)).toBe(true);
  });

  it('links entity mentions and site paths under the base path, and leaves web addresses as they are', () => {
    expect(page.querySelector('.entity-mention')?.getAttribute('href')).toBe('/lintas/entities/ruritania-moe/');
    const hrefs = page.querySelectorAll('.para a:not(.entity-mention)').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/chat', '/lintas/entities/ruritania-moe/']);
  });

  it('renders a citation with its title, outlet and day', () => {
    const cite = page.querySelector('cite.cite')!;
    expect(cite.text).toBe('“A title”, Gazette, 10 March 2020');
    expect(cite.querySelector('a')?.getAttribute('hreflang')).toBe('de');
  });

  it('writes what looks like markup in the text and the props as text', () => {
    const hostile = render('A \\<script>alert(1)\\</script> &lt;img onerror=x&gt; <ContextNote on="&quot;><script>x</script>">n</ContextNote>\n', {
      ...ctx,
      original: ['Eins.'],
    });
    expect(hostile.querySelectorAll('script, img')).toHaveLength(0);
    expect(hostile.querySelector('.para')?.text).toBe('A <script>alert(1)</script> <img onerror=x>');
    expect(hostile.querySelector('.note-on')?.text).toBe('on “"><script>x</script>”');
  });

  it('drops any node the closed dialect does not allow, rather than passing it through', () => {
    const paragraph: MdxNode = {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Kept.' },
        { type: 'html', value: '<script>alert(1)</script>' },
        { type: 'mdxTextExpression', value: 'alert(1)' },
        { type: 'mdxJsxTextElement', name: 'Unknown', attributes: [], children: [{ type: 'text', value: 'gone' }] },
      ],
    };
    const html = articleBody([paragraph], { ...ctx, original: ['Eins.'] }).html;
    expect(html).not.toMatch(/script|alert|gone/);
    expect(parse(html).querySelector('.para')?.text).toBe('Kept.');
  });

  it("ends a paragraph's text at its last word when a hard break comes before its notes", () => {
    // Two trailing spaces or a backslash before the line of the note: a hard break the editor did not mean.
    for (const mdx of ['Words.  \n<ContextNote>n</ContextNote>\n', 'Words.\\\n{/* c */} <ContextNote>n</ContextNote>\n']) {
      const page = render(mdx, { ...ctx, original: ['Eins.'] });
      expect(page.querySelector('.para')?.innerHTML).toBe('Words.');
      expect(page.querySelectorAll('.pair-notes aside')).toHaveLength(1);
    }
    expect(render('One,\\\ntwo.\n', { ...ctx, original: ['Eins.'] }).querySelector('.para')?.innerHTML).toBe('One,<br>two.');
  });

  it('leaves out the disclosure where the original has no paragraph of that number', () => {
    const page = render('One.\n\nTwo.\n', { ...ctx, original: ['Eins.'] });
    expect(page.querySelectorAll('.pair-orig')).toHaveLength(1);
    expect(page.querySelectorAll('.pair')).toHaveLength(2);
  });
});
