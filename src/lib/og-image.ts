/**
 * Open Graph images (1200x630 PNG), one per article and entity plus one for the site, made at build
 * time: src/lib/og-card-layout.ts places the text (pure), Skia (@napi-rs/canvas) paints it, and sharp
 * (libvips) encodes the pixels as PNG. No network: the font is a file on disk (see FONT_CANDIDATES).
 *
 * A card costs about 5 ms of CPU (BENCHMARKS.md, item 20): Skia draws text from a glyph cache instead
 * of rasterising outlined paths, which is what made satori + librsvg cost ~19 ms. The build draws
 * cards in a worker beside Astro (src/integrations/og-images.ts), and every PNG is cached on disk
 * under a hash of everything that decides its pixels (the card's paint operations, the font's bytes,
 * OG_RENDERER_VERSION and the canvas/sharp versions): a later build reuses an unchanged card's file
 * instead of rendering it.
 * The cache lives in node_modules/.cache/lintas-og/ (kept between builds, ignored by git; delete it
 * to force a re-render). LINTAS_OG_CACHE=<dir> moves it, LINTAS_OG_CACHE=off disables it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type CardOp, type CardText, type TextMeasure } from './og-card-layout.ts';

/**
 * Noto Sans from @fontsource/noto-sans (a declared dependency); then
 * DejaVu Sans from Debian's fonts-dejavu-core. The first that exists is used.
 */
export const FONT_CANDIDATES = ['node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'];

let fontCache: { name: string; data: Buffer } | undefined;
export function loadFont(): { name: string; data: Buffer } {
  if (fontCache) return fontCache;
  for (const candidate of FONT_CANDIDATES) {
    const file = path.resolve(candidate);
    if (existsSync(file)) return (fontCache = { name: path.basename(file).replace(/\.(ttf|woff)$/, ''), data: readFileSync(file) });
  }
  throw new Error(`Open Graph images need a font: none of ${FONT_CANDIDATES.join(', ')} exists (install the Debian package fonts-dejavu-core)`);
}

/** The family name the card font is registered under in Skia (not a system font's name). */
const FONT_FAMILY = 'LintasCard';
let fontRegistered = false;
function registerFont(): void {
  if (fontRegistered) return;
  GlobalFonts.register(loadFont().data, FONT_FAMILY);
  fontRegistered = true;
}

let measureCache: TextMeasure | undefined;
/** The card font's metrics and a measuring context (one per process). */
function fontMeasure(): TextMeasure {
  if (measureCache) return measureCache;
  const ctx = createCanvas(8, 8).getContext('2d');
  registerFont();
  ctx.font = `100px ${FONT_FAMILY}`;
  const probe = ctx.measureText('Hg');
  return (measureCache = {
    ascent: probe.fontBoundingBoxAscent / 100,
    descent: probe.fontBoundingBoxDescent / 100,
    width(text, size, letterSpacing = 0) {
      ctx.font = `${size}px ${FONT_FAMILY}`;
      ctx.letterSpacing = `${letterSpacing}px`;
      return ctx.measureText(text).width;
    },
  });
}

/** Everything painted on the card, in order (see src/lib/og-card-layout.ts). */
export const cardOps = (card: CardText): CardOp[] => cardLayout(card, fontMeasure());

/** Bump when the rendering changes in a way the paint operations do not show (e.g. PNG options). */
export const OG_RENDERER_VERSION = '6';

/**
 * zlib level for the cards' PNGs. Measured per card (CPU, 200 cards after a warm-up, BENCHMARKS.md):
 * level 2 4.6 ms for 59 kB, level 4 5.2 ms for 55 kB, level 6 (sharp's default) 6.4 ms for 52 kB,
 * level 1 4.5 ms for 71 kB; level 9 makes files ~25 % smaller for twice the card's time; palette PNGs
 * (quantised) are half the size but cost ~30 ms more a card. A card is fetched by the odd social
 * network's crawler, not by readers, so the build's time counts for more than 4 kB.
 */
const PNG_OPTIONS = { compressionLevel: 2 } as const;

function packageVersion(name: string): string {
  try {
    return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

let rendererKey: string | undefined;
/** The part of the cache key that is the same for every card: renderer version, libraries, font bytes. */
function rendererFingerprint(): string {
  if (rendererKey) return rendererKey;
  const font = loadFont();
  return (rendererKey = [
    OG_RENDERER_VERSION,
    packageVersion('@napi-rs/canvas'),
    packageVersion('sharp'),
    font.name,
    createHash('sha256').update(font.data).digest('hex'),
  ].join('|'));
}

/** The cache key of a card laid out as `ops`: a hash of its paint operations and the renderer's fingerprint. */
const opsKey = (ops: CardOp[]) => createHash('sha256').update(rendererFingerprint()).update('\0').update(JSON.stringify(ops)).digest('hex');

/** The cache key of a card. */
export const cardCacheKey = (card: CardText): string => opsKey(cardOps(card));

/** The cache folder, or undefined when caching is off (LINTAS_OG_CACHE=off). */
export function ogCacheDir(): string | undefined {
  const setting = process.env.LINTAS_OG_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  return path.resolve(setting || 'node_modules/.cache/lintas-og');
}

/** Where a card's PNG is kept in the cache folder `dir`. */
const cachedCardPath = (dir: string, key: string) => path.join(dir, key.slice(0, 2), `${key}.png`);

/** Writes `png` to `file` through a temporary file and a rename, so no reader ever sees half a PNG. */
async function writeAtomically(file: string, png: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
}

/** A card as PNG: from the cache when an identical card was rendered before, else rendered and cached. */
export async function renderCard(card: CardText): Promise<Uint8Array> {
  const ops = cardOps(card);
  const dir = ogCacheDir();
  if (!dir) return paintCard(ops);
  const file = cachedCardPath(dir, opsKey(ops));
  try {
    return await readFile(file);
  } catch {
    // Not cached yet (or unreadable): render it.
  }
  const png = await paintCard(ops);
  // A cache that cannot be written only costs time.
  await writeAtomically(file, png).catch(() => undefined);
  return png;
}

/**
 * Makes sure the card's PNG is in the folder `dir` (rendering it only when it is not there yet) and
 * returns the file and whether it was rendered. Used by the build, which links the files into the site.
 */
export async function cardFile(card: CardText, dir: string): Promise<{ file: string; rendered: boolean }> {
  const ops = cardOps(card);
  const file = cachedCardPath(dir, opsKey(ops));
  if (existsSync(file)) return { file, rendered: false };
  await writeAtomically(file, await paintCard(ops));
  return { file, rendered: true };
}

/** A card as PNG, always drawn (no cache). */
export const renderCardUncached = (card: CardText): Promise<Uint8Array> => paintCard(cardOps(card));

/**
 * One canvas per thread, drawn over for every card: a card's first operation paints the whole canvas
 * (cardOps), every text operation sets its own font, colour, spacing and alignment, and the drawing
 * runs without a pause from the first operation to `data()`, which copies the pixels out. A new
 * 1200 x 630 surface per card and getImageData's unpremultiplying pass (see below) cost, together,
 * ~1 ms of a card's ~6 (BENCHMARKS.md, item 34).
 */
let canvas: Canvas | undefined;

/** Paints laid-out operations (one layout per card: the cache key and the drawing share it). */
async function paintCard(ops: CardOp[]): Promise<Uint8Array> {
  canvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext('2d');
  for (const op of ops) {
    ctx.fillStyle = op.color;
    if (op.op === 'rect') {
      ctx.fillRect(op.x, op.y, op.w, op.h);
      continue;
    }
    ctx.font = `${op.size}px ${FONT_FAMILY}`;
    ctx.letterSpacing = `${op.letterSpacing}px`;
    ctx.textAlign = op.align;
    // Text is drawn as text (fillText never parses markup), in the card's own font.
    ctx.fillText(op.text, op.x, op.y);
  }
  // Skia's own PNG encoder takes ~20 ms a card; sharp's (libvips, zlib level 2) ~2 ms. The pixels go
  // in as Skia gives them, RGBA: dropping the (opaque) alpha channel first cost more than it saved
  // (2.8 against 2.1 ms a card, for 52 against 56 kB; BENCHMARKS.md, item 32). PNG_OPTIONS: see there.
  // `data()` is a copy of the stored pixels, premultiplied, which for an opaque card are the pixels
  // themselves: the same PNG bytes as getImageData, without its unpremultiplying pass.
  return sharp(canvas.data(), { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
    .png(PNG_OPTIONS)
    .toBuffer();
}
