/**
 * Per-page render state shared by the MDX components of one article (paragraph pairing, note
 * numbering). The article page creates it in `Astro.locals` before rendering `<Content />`; the
 * components take numbers from it in document order.
 */
export interface ArticleRenderState {
  /** The original's paragraphs, in order. */
  original: string[];
  /** BCP 47 tag of the original, for `lang`. */
  originalLanguage: string;
  /** Human name of the original language, e.g. "Indonesian". */
  originalLanguageName: string;
  /** Next paragraph index (0-based). */
  paragraph: number;
  /** Number of notes rendered so far. */
  notes: number;
}

export function createRenderState(original: string[], originalLanguage: string, originalLanguageName: string): ArticleRenderState {
  return { original, originalLanguage, originalLanguageName, paragraph: 0, notes: 0 };
}

/** The state of the article being rendered, or an error that says how the component was misused. */
export function renderState(locals: { article?: ArticleRenderState }, component: string): ArticleRenderState {
  if (!locals.article) {
    throw new Error(`<${component}> can only be used inside an article's MDX rendered by the article page`);
  }
  return locals.article;
}
