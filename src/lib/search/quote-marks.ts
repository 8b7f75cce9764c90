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
 * The cost: search results show straight quotes, in excerpts and titles alike, because Pagefind
 * indexes the words of a result's title (and of every meta field) as well. Attributes are left as
 * they are, so filter values still match the facet lists (src/lib/search-facet-values.ts).
 */

const DOUBLE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u300C\u300D\u300E\u300F\uFF02]/g;
const SINGLE = /[\u2018\u2019\u201A\u201B\u2039\u203A\uFF07]/g;

/** `text` with every curly, angled or corner quote mark made `"` or `'`. */
export function straightQuotes(text: string): string {
  return text.replace(DOUBLE, '"').replace(SINGLE, "'");
}

/**
 * What is left as it is: a script or style element with its content, a comment, and a tag, which runs
 * to the first `>` outside its quoted attribute values (so every attribute is kept). The rest is text.
 */
const UNTOUCHED = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * `html` with the quote marks of its text straightened (as `&quot;` and `'`, valid in any text);
 * everything else kept byte for byte. The marks are characters, not references: Astro and the
 * article renderer (src/lib/article-body.ts) escape only `& < > " '`.
 */
export function straightQuotesInHtml(html: string): string {
  const text = (s: string) => s.replace(DOUBLE, '&quot;').replace(SINGLE, "'");
  let out = '';
  let last = 0;
  for (const m of html.matchAll(UNTOUCHED)) {
    out += text(html.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + text(html.slice(last));
}
