/**
 * Typographic quote marks, straightened for the search index and for queries.
 *
 * Pagefind 1.6 keeps a curly quote or apostrophe as part of the word it touches: the HTML
 * `“banned” … Taiwan’s` is indexed as the words `“banned”` and `taiwan’`, beside `banned` and
 * `taiwan` (its compound-word splitting). Straight quotes it treats as punctuation. So the text
 * handed to Pagefind has its quote marks straightened first, for three reasons:
 * - each quoted word is indexed once, not twice: no stray `word”` entries;
 * - those stray entries sit in the index right after the plain word, so a query for a word whose
 *   stem differs ("security", stem "secur") also loaded the chunk they start: a second chunk of about
 *   50 kB (N = 2,000) for most words of a first search (BENCHMARKS.md, item 33);
 * - a query typed with a phone's smart punctuation (“Zoom ban”, Taiwan’s) is straightened the same
 *   way (src/lib/search/pagefind-client.ts), so “…” asks for an exact phrase, as "…" does.
 * The cost: search excerpts show straight quotes. Result titles keep theirs: titles reach Pagefind
 * as attributes (data-pagefind-meta="title[data-title]"), which are left alone.
 */

const DOUBLE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u300C\u300D\u300E\u300F\uFF02]/g;
const SINGLE = /[\u2018\u2019\u201A\u201B\u2039\u203A\uFF07]/g;
/** The same marks as character references, named or numeric, as they may stand in HTML text. */
const DOUBLE_REF = /&(?:ldquo|rdquo|bdquo|laquo|raquo|#8220|#8221|#8222|#171|#187|#x201[cde]|#xab|#xbb);/gi;
const SINGLE_REF = /&(?:lsquo|rsquo|sbquo|lsaquo|rsaquo|#8216|#8217|#8218|#x201[89a]);/gi;

/** `text` with every curly, angled or corner quote mark made `"` or `'`. */
export function straightQuotes(text: string): string {
  return text.replace(DOUBLE, '"').replace(SINGLE, "'");
}

/**
 * `html` with the quote marks of its text straightened (as `&quot;` and `'`, valid in any text);
 * tags, and so every attribute, are kept byte for byte.
 */
export function straightQuotesInHtml(html: string): string {
  // A tag runs to the first `>` outside its quoted attribute values.
  return html.replace(/(<(?:[^>"']|"[^"]*"|'[^']*')*>)|[^<]+|</g, (part, tag: string | undefined) =>
    tag ? part : part.replace(DOUBLE, '&quot;').replace(DOUBLE_REF, '&quot;').replace(SINGLE, "'").replace(SINGLE_REF, "'"),
  );
}
