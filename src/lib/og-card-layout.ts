/**
 * Where everything on an Open Graph card goes: pure, so it is unit-tested without drawing. The renderer
 * (src/lib/og-image.ts) paints what this returns, op by op, and the cache key is a hash of it, so
 * the key covers every pixel's cause.
 *
 * The card: a red band on top; inside 64 px by 72 px of padding, the kicker (one line), the title
 * (up to four lines) and an optional detail (as many lines as fit); at the bottom "Lintas" on the left
 * and the footer on the right. Text is wrapped at spaces and hyphens, between CJK characters, and inside
 * a word only when the word alone is wider than the line. Text that does not fit ends in "…".
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  /** Small line above the title, e.g. "Translated from Indonesian · Bisnis.com". */
  kicker: string;
  title: string;
  /** A line or two under the title. */
  detail?: string | undefined;
  /** Bottom line, e.g. the date. */
  footer?: string | undefined;
}

/** Font metrics in ems (from the font's hhea table), and a way to measure a run of text in pixels. */
export interface TextMeasure {
  ascent: number;
  descent: number;
  /** Width in pixels of `text` set at `size` px (with `letterSpacing` px between characters). */
  width(text: string, size: number, letterSpacing?: number): number;
}

export type CardOp =
  | { op: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { op: 'text'; text: string; x: number; y: number; size: number; color: string; align: 'left' | 'right'; letterSpacing: number };

const COLORS = { paper: '#fbfaf7', ink: '#1b1b1b', accent: '#9c2b1f', muted: '#55595f' } as const;
const BAND = 16;
const PAD_X = 72;
const PAD_Y = 64;
const CONTENT_W = CARD_WIDTH - 2 * PAD_X;
const ELLIPSIS = '…';

/** Collapses runs of white space (new lines included) to one space, as CSS `white-space: normal` does. */
const collapseSpace = (text: string) => text.replace(/\s+/gu, ' ').trim();

const graphemes = (text: string) => Array.from(new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text), (s) => s.segment);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The text cut into pieces a line may end after: a word with its trailing space or hyphen, or a
 * single CJK character (CJK text has no spaces and may break between any two characters).
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const g of graphemes(text)) {
    if (CJK.test(g)) {
      if (current) pieces.push(current);
      pieces.push(g);
      current = '';
      continue;
    }
    current += g;
    if (g === ' ' || g === '-' || g === '\u2010' || g === '/') {
      pieces.push(current);
      current = '';
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Shortens `line` until it and a trailing ellipsis fit in `maxWidth`. */
function withEllipsis(line: string, fits: (s: string) => boolean): string {
  // By code points where a grapheme and the ellipsis are wider than the line (see wrapText).
  const gs = graphemes(line.trimEnd()).flatMap((g) => (fits(`${g}${ELLIPSIS}`) ? [g] : Array.from(g)));
  while (gs.length > 0 && !fits(`${gs.join('').trimEnd()}${ELLIPSIS}`)) gs.pop();
  return `${gs.join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Greedy line breaking: as many pieces per line as fit in `maxWidth`; a piece wider than a line is
 * split between graphemes (a grapheme wider than a line, between code points). At most `maxLines` lines; when text is left over, the last line ends in "…".
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const fits = (s: string) => measure(s.trimEnd()) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const pieces = breakPieces(collapseSpace(text));
  let overflow = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line) {
      lines.push(line.trimEnd());
      line = '';
      if (lines.length === maxLines) {
        overflow = true;
        break;
      }
    }
    if (fits(piece)) {
      line = piece;
      continue;
    }
    // A piece wider than the whole line: split it between graphemes, and a grapheme that is itself
    // wider than a line (a run of Hangul jamo, an emoji ZWJ chain, an Indic conjunct chain: one
    // cluster each, however long) between code points, so it cannot run off the card.
    for (const g of graphemes(piece)) {
      for (const unit of fits(line + g) || fits(g) ? [g] : Array.from(g)) {
        if (fits(line + unit) || !line) {
          line += unit;
          continue;
        }
        lines.push(line.trimEnd());
        line = unit;
        if (lines.length === maxLines) {
          overflow = true;
          break;
        }
      }
      if (overflow) break;
    }
    if (overflow) break;
  }
  if (!overflow && line) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    lines.length = maxLines;
    overflow = true;
  }
  if (overflow && lines.length > 0) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1]!, fits);
  return lines.filter((l) => l.length > 0);
}

/** The title's size: smaller for longer titles, as a headline is set. */
const titleSize = (title: string) => (title.length > 80 ? 52 : title.length > 40 ? 64 : 80);

/**
 * The baseline of a line of `size` px whose box starts at `top` and is `lineHeight` ems tall: the
 * glyphs' ascent and descent are centred in the box, as CSS does.
 */
const baseline = (m: TextMeasure, top: number, size: number, lineHeight: number) => top + ((lineHeight - (m.ascent + m.descent)) * size) / 2 + m.ascent * size;

/** Every rectangle and line of text on the card, in painting order. */
export function cardLayout(card: CardText, m: TextMeasure): CardOp[] {
  const ops: CardOp[] = [
    { op: 'rect', x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT, color: COLORS.paper },
    { op: 'rect', x: 0, y: 0, w: CARD_WIDTH, h: BAND, color: COLORS.accent },
  ];
  const normal = m.ascent + m.descent;
  const text = (t: string, x: number, y: number, size: number, color: string, align: 'left' | 'right' = 'left', letterSpacing = 0): CardOp => ({
    op: 'text',
    text: t,
    x,
    y: Math.round(y * 100) / 100,
    size,
    color,
    align,
    letterSpacing,
  });

  // The bottom row first: the text above may use the space down to its top.
  const bottom = CARD_HEIGHT - PAD_Y;
  const brandSize = 40;
  const footerSize = 30;
  const brandTop = bottom - normal * brandSize;
  ops.push(text('Lintas', PAD_X, baseline(m, brandTop, brandSize, normal), brandSize, COLORS.ink));
  const brandWidth = m.width('Lintas', brandSize);
  if (card.footer) {
    const footerWidth = CONTENT_W - brandWidth - 48;
    const [line] = wrapText(card.footer, footerWidth, 1, (s) => m.width(s, footerSize));
    if (line) ops.push(text(line, CARD_WIDTH - PAD_X, baseline(m, bottom - normal * footerSize, footerSize, normal), footerSize, COLORS.muted, 'right'));
  }
  const limit = brandTop - 16;

  let top = BAND + PAD_Y;
  const kickerSize = 30;
  const [kicker] = wrapText(card.kicker, CONTENT_W, 1, (s) => m.width(s, kickerSize, 1));
  if (kicker) ops.push(text(kicker, PAD_X, baseline(m, top, kickerSize, normal), kickerSize, COLORS.accent, 'left', 1));
  top += normal * kickerSize + 24;

  const size = titleSize(card.title);
  const titleLine = 1.15 * size;
  const titleLines = wrapText(card.title, CONTENT_W, Math.max(1, Math.min(4, Math.floor((limit - top) / titleLine))), (s) => m.width(s, size));
  for (const line of titleLines) {
    ops.push(text(line, PAD_X, baseline(m, top, size, 1.15), size, COLORS.ink));
    top += titleLine;
  }

  if (card.detail) {
    const detailSize = 30;
    const detailLine = 1.35 * detailSize;
    top += 28;
    const room = Math.floor((limit - top) / detailLine);
    if (room > 0) {
      for (const line of wrapText(card.detail, CONTENT_W, room, (s) => m.width(s, detailSize))) {
        ops.push(text(line, PAD_X, baseline(m, top, detailSize, 1.35), detailSize, COLORS.muted));
        top += detailLine;
      }
    }
  }
  return ops;
}
