/** Open Graph card layout: line breaking, fitting and placement, measured with a fixed-width "font". */
import { describe, expect, it } from 'vitest';
import { breakPieces, CARD_HEIGHT, CARD_WIDTH, cardLayout, type CardOp, type TextMeasure, wrapText } from '../../src/lib/og-card-layout.ts';

/** Every character is 0.5 em wide (letter spacing added per character), CJK characters 1 em. */
const mono: TextMeasure = {
  ascent: 1.07,
  descent: 0.29,
  width: (text, size, spacing = 0) => [...text].reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? size : size / 2) + spacing, 0),
};
const width10 = (s: string) => [...s].length * 10;
const texts = (ops: CardOp[]) => ops.filter((o): o is Extract<CardOp, { op: 'text' }> => o.op === 'text');

describe('breakPieces', () => {
  it('breaks after spaces and hyphens, and between CJK characters', () => {
    expect(breakPieces('Chen Chi-mai said')).toEqual(['Chen ', 'Chi-', 'mai ', 'said']);
    expect(breakPieces('行政院 cabinet')).toEqual(['行', '政', '院', ' ', 'cabinet']);
  });
});

describe('wrapText', () => {
  it('fills each line with as many words as fit, and never exceeds the width', () => {
    const lines = wrapText('one two three four five six seven', 100, 10, width10);
    expect(lines).toEqual(['one two', 'three four', 'five six', 'seven']);
    for (const line of lines) expect(width10(line)).toBeLessThanOrEqual(100);
  });

  it('keeps every word when the text fits, in order', () => {
    const text = 'Taiwan bans government agencies from using Zoom';
    expect(wrapText(text, 200, 5, width10).join(' ')).toBe(text);
  });

  it('collapses new lines and runs of spaces as CSS would', () => {
    expect(wrapText('line one\nline   two', 1000, 1, width10)).toEqual(['line one line two']);
  });

  it('ends the last allowed line in an ellipsis when text is left over, still within the width', () => {
    const lines = wrapText('one two three four five six seven', 100, 2, width10);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/u);
    expect(width10(lines[1]!)).toBeLessThanOrEqual(100);
  });

  it('splits a word wider than the line between characters instead of overflowing', () => {
    const lines = wrapText('A'.repeat(25), 100, 5, width10);
    expect(lines).toEqual(['A'.repeat(10), 'A'.repeat(10), 'A'.repeat(5)]);
  });

  it('does not split a user-perceived character (emoji with modifiers, combining marks)', () => {
    const family = '👩‍👩‍👧';
    const lines = wrapText(family.repeat(6), 30, 10, (s) => Array.from(new Intl.Segmenter('und').segment(s)).length * 10);
    expect(lines.every((l) => l.length % family.length === 0)).toBe(true);
  });

  it('keeps within the width a single character cluster wider than the line (Hangul jamo, an emoji ZWJ chain)', () => {
    // Each of these is ONE grapheme cluster however long it is; width10 counts code points, as the
    // font draws them: 25 jamo are 250 px on a 100 px line.
    for (const cluster of ['\u1100'.repeat(25), `👨${'\u200D👨'.repeat(12)}`]) {
      const lines = wrapText(`${cluster} end`, 100, 10, width10);
      for (const line of lines) expect(width10(line)).toBeLessThanOrEqual(100);
      expect(lines.join('').replaceAll(' ', '')).toBe(`${cluster}end`);
      const cut = wrapText(cluster, 100, 1, width10);
      expect(cut).toHaveLength(1);
      expect(cut[0]).toMatch(/^\P{White_Space}{5,}…$/u);
      expect(width10(cut[0]!)).toBeLessThanOrEqual(100);
    }
  });

  it('returns no lines for empty or blank text', () => {
    expect(wrapText('   \n ', 100, 3, width10)).toEqual([]);
  });
});

describe('cardLayout', () => {
  it('paints the background and band first, then every field of the card inside the padding', () => {
    const ops = cardLayout({ kicker: 'Government body · Taiwan', title: 'Executive Yuan', detail: "Taiwan's cabinet.", footer: '1 event' }, mono);
    expect(ops[0]).toMatchObject({ op: 'rect', x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT });
    expect(texts(ops).map((t) => t.text)).toEqual(['Lintas', '1 event', 'Government body · Taiwan', 'Executive Yuan', "Taiwan's cabinet."]);
    for (const t of texts(ops)) {
      const w = mono.width(t.text, t.size, t.letterSpacing);
      const left = t.align === 'left' ? t.x : t.x - w;
      expect(left).toBeGreaterThanOrEqual(72);
      expect(left + w).toBeLessThanOrEqual(CARD_WIDTH - 72 + 0.001);
      expect(t.y - mono.ascent * t.size).toBeGreaterThanOrEqual(16);
      expect(t.y + mono.descent * t.size).toBeLessThanOrEqual(CARD_HEIGHT - 64 + 0.001);
    }
  });

  it('keeps a long title and detail above the bottom row, without overlapping lines', () => {
    const ops = cardLayout({ kicker: 'k', title: 'word '.repeat(200), detail: 'more '.repeat(300), footer: 'f' }, mono);
    const lintas = texts(ops).find((t) => t.text === 'Lintas')!;
    const body = texts(ops).filter((t) => t !== lintas && t.text !== 'f');
    const lintasTop = lintas.y - mono.ascent * lintas.size;
    for (const t of body) expect(t.y + mono.descent * t.size).toBeLessThanOrEqual(lintasTop);
    // Lines are set at least 1.15 times their size apart (the title's line height, the tightest).
    const sorted = [...body].sort((a, b) => a.y - b.y);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.y - sorted[i - 1]!.y).toBeGreaterThanOrEqual(1.15 * Math.min(sorted[i]!.size, sorted[i - 1]!.size) - 0.01);
    expect(body.some((t) => t.text.endsWith('…'))).toBe(true);
  });

  it('keeps a footer made of one long character cluster to the right of "Lintas", inside the card', () => {
    const ops = cardLayout({ kicker: 'k', title: 't', footer: '\u1100'.repeat(200) }, mono);
    const lintas = texts(ops).find((t) => t.text === 'Lintas')!;
    const footer = texts(ops).find((t) => t.align === 'right')!;
    const left = footer.x - mono.width(footer.text, footer.size);
    expect(left).toBeGreaterThan(lintas.x + mono.width('Lintas', lintas.size));
  });

  it('sets shorter titles larger', () => {
    const size = (title: string) => texts(cardLayout({ kicker: 'k', title }, mono)).find((t) => t.text.startsWith(title.slice(0, 5)))!.size;
    expect(size('Short')).toBeGreaterThan(size('A title of more than forty characters, set smaller'));
  });
});
