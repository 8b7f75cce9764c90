/**
 * Paragraph alignment between an original and its translation. The original is stored as plain
 * paragraphs separated by blank lines; the translation's top-level MDX paragraphs pair with them
 * one to one, in order.
 */

/** Splits a plain-text original into paragraphs (blank-line separated), trimming each. */
export function splitParagraphs(body: string): string[] {
  return (
    body
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n+/)
      // Each line trimmed and joined with one space: the same as replace(/\s*\n\s*/g, ' '), which is
      // quadratic in a run of spaces (a 500 kB original of spaces took minutes to check).
      .map((p) =>
        p
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '')
          .join(' ')
          .trim(),
      )
      .filter((p) => p.length > 0)
  );
}

export interface AlignmentProblem {
  translation: number;
  original: number;
  message: string;
}

/** Null when the counts match; otherwise a message an editor can act on. */
export function checkAlignment(translationCount: number, originalCount: number): AlignmentProblem | null {
  if (translationCount === originalCount) return null;
  const more = translationCount > originalCount ? 'translation' : 'original';
  return {
    translation: translationCount,
    original: originalCount,
    message:
      `the translation has ${translationCount} paragraphs but the original has ${originalCount}` +
      ` (each original paragraph needs exactly one translated paragraph, in the same order; the ${more}` +
      ` has extra ones: join or split paragraphs so they pair up, separated by one blank line)`,
  };
}
