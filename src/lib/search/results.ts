/**
 * Search results as DOM nodes (document.createElement and textContent only): Pagefind's results,
 * the exact-name entity pinned above them (src/lib/name-lookup.ts), and the status line. Pagefind's
 * excerpt is HTML (the page's text with <mark> around matched words); it is parsed in an inert
 * document and only its text and <mark> elements are copied, so no markup from content reaches
 * the page.
 */
import type { NameEntry } from '../name-lookup.ts';
import { KIND_LABEL, type ResultKind } from '../search-facets.ts';
import { straightQuotes } from './quote-marks.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** "Entity" for "entity"; another kind as it is; "Page" without one. */
const kindLabel = (kind: string | undefined) => (kind ? (KIND_LABEL[kind as ResultKind] ?? kind) : 'Page');

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The text and <mark>s of Pagefind's excerpt HTML, as nodes of `doc`; every other tag is dropped, its text kept. */
export function excerptNodes(doc: Document, html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const copy = (node: Node): Node[] => {
    if (node.nodeType === 3) return [doc.createTextNode(node.textContent ?? '')];
    if (node.nodeType !== 1) return [];
    const children = [...node.childNodes].flatMap(copy);
    if ((node as Element).tagName.toLowerCase() !== 'mark') return children;
    const mark = doc.createElement('mark');
    mark.append(...children);
    return [mark];
  };
  return [...parsed.body.childNodes].flatMap(copy);
}

function item(doc: Document, kind: string, extraClass = ''): HTMLLIElement {
  return el(doc, 'li', `result result--${kind.replace(/[^a-z-]/g, '')}${extraClass}`);
}

function titleLink(doc: Document, href: string, text: string): HTMLHeadingElement {
  const h = el(doc, 'h3', 'result-title');
  const a = el(doc, 'a', undefined, text);
  a.href = href;
  h.append(a);
  return h;
}

/** One of Pagefind's results: kind, date and details, the title as a link, the excerpt. */
export function resultItem(doc: Document, d: ResultData, href = (url: string) => url): HTMLLIElement {
  const m = d.meta;
  const kind = m.kind ?? 'page';
  const li = item(doc, kind);
  const meta = el(doc, 'p', 'result-meta');
  meta.append(el(doc, 'span', 'kind', kindLabel(m.kind)));
  if (m.date) meta.append(' ', el(doc, 'span', undefined, m.date));
  const detail = [m.type, m.action, m.actors].filter(Boolean).join(' · ');
  if (detail) meta.append(' ', el(doc, 'span', 'meta', detail));
  const excerpt = el(doc, 'p', 'excerpt');
  excerpt.append(...excerptNodes(doc, d.excerpt));
  li.append(meta, titleLink(doc, href(d.url), m.title ?? d.url), excerpt);
  return li;
}

/** An entity whose name is exactly the query, shown first; "Also known as" when an alias matched. */
export function pinnedItem(doc: Document, e: NameEntry, href = (url: string) => url): HTMLLIElement {
  const li = item(doc, 'entity', ' result--pinned');
  const meta = el(doc, 'p', 'result-meta');
  meta.append(el(doc, 'span', 'kind', KIND_LABEL.entity), ' ', el(doc, 'span', 'meta', `${e.type} · exact name`));
  li.append(meta, titleLink(doc, href(e.url), e.name));
  if (e.matched !== e.name) {
    const also = el(doc, 'p', 'excerpt', 'Also known as ');
    also.append(el(doc, 'mark', undefined, e.matched));
    li.append(also);
  }
  return li;
}

/** Pagefind's results without those already pinned above them. */
export const withoutPinned = (batch: ResultData[], pinned: ReadonlySet<string>): ResultData[] => batch.filter((d) => !pinned.has(d.url));

/**
 * The status line: "No results", "1 result", "12 results" + " for “query”" + ", filtered" + ".". A query
 * in quote marks, straight or curly, is an exact-phrase search (Pagefind's, after quote-marks.ts):
 * " for the exact phrase “query”", not the query's own marks inside another pair.
 */
export function statusText(count: number, query: string, filtered: boolean): string {
  const n = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count.toLocaleString('en')} results`;
  const q = query.trim();
  // Each quote mark is one UTF-16 unit, so the marks typed come off as they were straightened.
  const phrase = /^".+"$/s.test(straightQuotes(q)) ? q.slice(1, -1).trim() : undefined;
  const what = phrase ? ` for the exact phrase “${phrase}”` : q ? ` for “${q}”` : '';
  return `${n}${what}${filtered ? ', filtered' : ''}.`;
}

export const PROMPT = 'Type a name, an event or a word of an article.';
export const LOAD_FAILED = 'The search index could not be loaded. It is built by "npm run build"; in development, build once and use the preview.';
