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
 * check rejects text after a note); claim check k is `#note-<n>` in the page's ClaimReview
 * (src/lib/claim-checks.ts numbers them the same way).
 *
 * Text and attribute values are escaped by hast-util-to-html; only the node types the dialect allows
 * are rendered, and anything else (which the check has already refused) is dropped, not passed through.
 * Pure: the caller gives the original's paragraphs and how to write a site path as a URL.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { MdxNode } from '../checks/check-mdx.ts';
import { NOTE_COMPONENTS } from '../schemas/annotations.ts';
import { citeElement } from './cite.ts';
import { entityPath, methodsPath } from './paths.ts';

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

type Content = ElementContent | string;

const NOTE_LABELS: Record<string, string> = { TranslatorNote: 'Translator’s note', ContextNote: 'Context', ClaimCheck: 'Claim check' };

const INLINE_TAGS: Record<string, string> = { emphasis: 'em', strong: 'strong', delete: 'del' };

const props = (node: MdxNode): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') out[a.name] = a.value;
  return out;
};

/** `{/* … *\/}`, which renders as nothing. */
const isComment = (node: MdxNode) => node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression';

const isNote = (node: MdxNode) => node.type === 'mdxJsxTextElement' && NOTE_COMPONENTS.has(node.name ?? '');

/** The HTML of an article's body: its paragraphs, each beside its original, with their notes. */
export function articleBodyHtml(paragraphs: readonly MdxNode[], ctx: ArticleBodyContext): string {
  let notes = 0;

  const inline = (nodes: readonly MdxNode[] | undefined): Content[] => (nodes ?? []).flatMap((node) => render(node));

  function render(node: MdxNode): Content[] {
    switch (node.type) {
      case 'text':
        return [String(node.value ?? '')];
      case 'emphasis':
      case 'strong':
      case 'delete':
        return [h(INLINE_TAGS[node.type]!, inline(node.children))];
      case 'inlineCode':
        return [h('code', String(node.value ?? ''))];
      case 'break':
        return [h('br')];
      case 'link': {
        const href = node.url ?? '';
        // Site paths get the base path, as every link the site writes does (src/lib/paths.ts).
        return [
          h('a', { href: href.startsWith('/') ? ctx.url(href) : href, title: (node as { title?: string | null }).title ?? undefined }, inline(node.children)),
        ];
      }
      case 'mdxJsxTextElement':
        return component(node);
      default:
        return [];
    }
  }

  function component(node: MdxNode): Content[] {
    const p = props(node);
    switch (node.name) {
      case 'Entity':
        return [h('a', { className: 'entity-mention', href: ctx.url(entityPath(p.id!)), dataEntity: p.id }, inline(node.children))];
      case 'Cite':
        return [citeElement({ outlet: p.outlet!, url: p.url, title: p.title, date: p.date, via: p.via, archiveUrl: p.archiveUrl, lang: p.lang })];
      case 'TranslatorNote':
      case 'ContextNote':
      case 'ClaimCheck':
        return [note(node.name, p, inline(node.children))];
      default:
        return [];
    }
  }

  /** The box shared by every note: numbered, labelled, with a permalink, read by screen readers as a note. */
  function note(name: string, p: Record<string, string>, body: Content[]): Element {
    notes += 1;
    const id = `note-${notes}`;
    const kind = name === 'TranslatorNote' ? 'translator' : name === 'ContextNote' ? 'context' : 'claim';
    const on = name === 'ClaimCheck' ? p.claim : p.on;
    const { verdict, original } = p;
    const head: Content[] = [' ', h('a', { className: 'note-label', id: `${id}-label`, href: `#${id}` }, `${NOTE_LABELS[name]} ${notes}`), ' '];
    if (verdict)
      head.push(
        h('a', { className: `verdict verdict--${verdict}`, href: ctx.url(methodsPath(`verdict-${verdict}`)) }, [
          h('span', { className: 'sr-only' }, 'Verdict: '),
          verdict,
        ]),
      );
    head.push(' ');
    if (on) head.push(h('span', { className: 'note-on' }, `on “${on}”`));
    head.push(' ');
    if (original) head.push(h('span', { className: 'note-original' }, ['original: ', h('q', { lang: ctx.originalLanguage }, original)]));
    head.push(' ');
    return h('aside', { className: `note note--${kind}`, role: 'note', id, ariaLabelledBy: `${id}-label`, dataNoteKind: kind }, [
      ' ',
      h('p', { className: 'note-head' }, head),
      ' ',
      h('div', { className: 'note-body' }, body),
      ' ',
    ]);
  }

  function pair(paragraph: MdxNode, index: number): Element {
    const n = index + 1;
    const children = (paragraph.children ?? []).filter((c) => !isComment(c));
    const at = children.findIndex(isNote);
    const text = inline(at < 0 ? children : children.slice(0, at));
    // The paragraph's text ends at its last word: the space or line break before its first note goes.
    while (typeof text.at(-1) === 'string' && !(text.at(-1) as string).trimEnd()) text.pop();
    if (typeof text.at(-1) === 'string') text[text.length - 1] = (text.at(-1) as string).trimEnd();
    const notesOf = at < 0 ? [] : inline(children.slice(at));
    const original = ctx.original[index];
    return h('div', { className: 'pair', id: `p${n}` }, [
      ' ',
      h('div', { className: 'pair-tr' }, [
        ' ',
        h('a', { className: 'para-num', href: `#p${n}`, ariaLabel: `Paragraph ${n}` }, String(n)),
        ' ',
        h('div', { className: 'para', role: 'paragraph' }, text),
        ' ',
      ]),
      ' ',
      ...(original === undefined
        ? []
        : [
            h('details', { className: 'pair-orig' }, [
              ' ',
              h('summary', ['Original ', h('span', { className: 'sr-only' }, `paragraph ${n}`), ` (${ctx.originalLanguageName})`]),
              ' ',
              h('p', { lang: ctx.originalLanguage, id: `p${n}-original` }, original),
              ' ',
            ]),
            ' ',
          ]),
      ...(notesOf.length > 0 ? [h('div', { className: 'pair-notes' }, notesOf), ' '] : []),
    ]);
  }

  return paragraphs.map((paragraph, index) => toHtml(pair(paragraph, index))).join('\n');
}
