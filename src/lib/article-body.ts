/**
 * An article's body as HTML, rendered from the syntax tree the content check parsed and checked
 * against the closed MDX dialect (src/checks/check-mdx.ts), never compiled to JavaScript: an article
 * is data, so nothing in it can run, and no article becomes a module for Vite to bundle.
 *
 * Each top-level paragraph of the translation is paired with the original's paragraph of the same
 * number: on wide screens the original sits in a second column; on narrow ones it is one tap away in
 * a disclosure right under the paragraph's text, before its notes, so a reader comparing the two
 * never scrolls past the notes to reach it. Needs no JavaScript. Notes (translator's notes, context
 * notes, claim checks) are numbered in document order from 1 and close their paragraph (the content
 * check rejects text after a note). The claim checks come out of the same pass, with their note
 * numbers, for the page's ClaimReview JSON-LD: one numbering, so claim check k is `#note-<n>` on the
 * page (a build test holds the two to each other). The page computes both before rendering, so the
 * <head>, which Astro writes before the body, has them.
 *
 * Every text and attribute value is escaped (src/lib/html.ts, with the escaper Astro's templates use);
 * only the node types the dialect allows are rendered, and anything else (which the check has already
 * refused) is dropped, not passed through.
 * Pure: the caller gives the original's paragraphs and how to write a site path as a URL.
 */
import { isComment, type MdxNode } from '../checks/check-mdx.ts';
import { NOTE_COMPONENTS } from '../schemas/annotations.ts';
import { articleLinkTarget } from '../schemas/common.ts';
import { citeHtml } from './cite.ts';
import { el, text, type Html } from './html.ts';
import { entityPath, methodsPath } from './paths.ts';
import { verdicts, type Verdict } from './verdicts.ts';

/** A <ClaimCheck> of the article, for its ClaimReview. */
export interface ClaimCheckRecord {
  /** The note's number on the page: its anchor is `note-<n>`. */
  note: number;
  /** The article's statement, in the translation's words. */
  claim: string;
  verdict: Verdict;
  /** The original wording, in the original language, when given. */
  original?: string | undefined;
}

export interface ArticleBodyContext {
  /** The original's paragraphs, in order. */
  original: readonly string[];
  /** BCP 47 tag of the original, for `lang`. */
  originalLanguage: string;
  /** Human name of the original language, e.g. "Indonesian". */
  originalLanguageName: string;
  /** A site path ("/entities/zoom/") as the URL to write in the page (the base path applied). */
  url: (sitePath: string) => string;
}

/** Each note component's label on the page and its kind (the `note--<kind>` class and `data-note-kind`). */
const NOTES: Record<string, { label: string; kind: string }> = {
  TranslatorNote: { label: 'Translator’s note', kind: 'translator' },
  ContextNote: { label: 'Context', kind: 'context' },
  ClaimCheck: { label: 'Claim check', kind: 'claim' },
};

const INLINE_TAGS: Record<string, string> = { emphasis: 'em', strong: 'strong', delete: 'del' };

const props = (node: MdxNode): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') out[a.name] = a.value;
  return out;
};

/** A hard line break, or text that is only white space. */
const isBlank = (node: MdxNode) => node.type === 'break' || (node.type === 'text' && String(node.value ?? '').trim() === '');

const isNote = (node: MdxNode) => node.type === 'mdxJsxTextElement' && NOTE_COMPONENTS.has(node.name ?? '');

/** An article's body as HTML (its paragraphs, each beside its original, with their notes), and its claim checks. */
export function articleBody(paragraphs: readonly MdxNode[], ctx: ArticleBodyContext): { html: string; claimChecks: ClaimCheckRecord[] } {
  let notes = 0;
  const claimChecks: ClaimCheckRecord[] = [];

  const inline = (nodes: readonly MdxNode[] | undefined): Html => (nodes ?? []).map(render).join('');

  function render(node: MdxNode): Html {
    switch (node.type) {
      case 'text':
        return text(String(node.value ?? ''));
      case 'emphasis':
      case 'strong':
      case 'delete':
        return el(INLINE_TAGS[node.type]!, null, inline(node.children));
      case 'inlineCode':
        return el('code', null, text(String(node.value ?? '')));
      case 'break':
        return el('br', null);
      case 'link': {
        // The address as the check allowed it, https: ones normalised; one it refuses is not linked.
        const target = articleLinkTarget(node.url ?? '');
        if (target === undefined) return inline(node.children);
        // Site paths get the base path, as every link the site writes does (src/lib/paths.ts).
        const title = (node as { title?: string | null }).title ?? undefined;
        return el('a', { href: target.startsWith('/') ? ctx.url(target) : target, title }, inline(node.children));
      }
      case 'mdxJsxTextElement':
        return component(node);
      default:
        return '';
    }
  }

  function component(node: MdxNode): Html {
    const p = props(node);
    switch (node.name) {
      case 'Entity':
        return el('a', { class: 'entity-mention', href: ctx.url(entityPath(p.id!)), 'data-entity': p.id }, inline(node.children));
      case 'Cite':
        return citeHtml({ outlet: p.outlet!, url: p.url, title: p.title, date: p.date, via: p.via, archiveUrl: p.archiveUrl, lang: p.lang });
      case 'TranslatorNote':
      case 'ContextNote':
      case 'ClaimCheck':
        return note(node.name, p, inline(node.children));
      default:
        return '';
    }
  }

  /** The box shared by every note: numbered, labelled, with a permalink, read by screen readers as a note. */
  function note(name: string, p: Record<string, string>, body: Html): Html {
    notes += 1;
    const id = `note-${notes}`;
    const { label, kind } = NOTES[name]!;
    const on = name === 'ClaimCheck' ? p.claim : p.on;
    const { verdict, original } = p;
    // A claim check without a claim or with a verdict not ours is the content check's to report; it keeps its number.
    if (name === 'ClaimCheck' && p.claim?.trim() && (verdicts as readonly string[]).includes(verdict ?? ''))
      claimChecks.push({ note: notes, claim: p.claim, verdict: verdict as Verdict, ...(original !== undefined ? { original } : {}) });
    const head = [
      el('a', { class: 'note-label', id: `${id}-label`, href: `#${id}` }, text(`${label} ${notes}`)),
      verdict
        ? el(
            'a',
            { class: `verdict verdict--${verdict}`, href: ctx.url(methodsPath(`verdict-${verdict}`)) },
            el('span', { class: 'sr-only' }, 'Verdict: '),
            text(verdict),
          )
        : '',
      on ? el('span', { class: 'note-on' }, text(`on “${on}”`)) : '',
      original ? el('span', { class: 'note-original' }, 'original: ', el('q', { lang: ctx.originalLanguage }, text(original))) : '',
    ];
    return el(
      'aside',
      { class: `note note--${kind}`, role: 'note', id, 'aria-labelledby': `${id}-label`, 'data-note-kind': kind },
      ' ',
      el('p', { class: 'note-head' }, ` ${head.join(' ')} `),
      ' ',
      el('div', { class: 'note-body' }, body),
      ' ',
    );
  }

  function pair(paragraph: MdxNode, index: number): Html {
    const n = index + 1;
    const children = (paragraph.children ?? []).filter((c) => !isComment(c));
    const at = children.findIndex(isNote);
    // The paragraph's text ends at its last word: the space or line break before its first note goes,
    // a hard break too ("Words.\\" or two trailing spaces before the note's line), which would end the
    // paragraph's text with an empty line.
    const before = at < 0 ? children : children.slice(0, at);
    while (before.length > 0 && isBlank(before.at(-1)!)) before.pop();
    const words = before.map(render);
    const notesOf = at < 0 ? '' : inline(children.slice(at));
    const original = ctx.original[index];
    return el(
      'div',
      { class: 'pair', id: `p${n}` },
      ' ',
      el(
        'div',
        { class: 'pair-tr' },
        ' ',
        el('a', { class: 'para-num', href: `#p${n}`, 'aria-label': `Paragraph ${n}` }, String(n)),
        ' ',
        el('div', { class: 'para', role: 'paragraph' }, words.join('').trimEnd()),
        ' ',
      ),
      ' ',
      original === undefined
        ? ''
        : el(
            'details',
            { class: 'pair-orig' },
            ' ',
            el('summary', null, 'Original ', el('span', { class: 'sr-only' }, `paragraph ${n}`), text(` (${ctx.originalLanguageName})`)),
            ' ',
            el('p', { lang: ctx.originalLanguage, id: `p${n}-original` }, text(original)),
            ' ',
          ) + ' ',
      notesOf ? el('div', { class: 'pair-notes' }, notesOf) + ' ' : '',
    );
  }

  const html = paragraphs.map(pair).join('\n');
  return { html, claimChecks };
}
