/**
 * Open Graph images (1200x630 PNG), one per article and entity plus one for the site, made at build
 * time: satori lays the card out as SVG, sharp (libvips, with librsvg) turns it into a PNG. No network: the font is a
 * file on disk (see FONT_CANDIDATES).
 *
 * Rendering costs about 19 ms of CPU a card (profiled on 200 cards: satori ~4 ms, sharp ~11 ms of
 * librsvg rasterising and PNG encoding, hashing and writing ~3 ms; @resvg/resvg-js, used before, took
 * ~45 ms for the PNG alone, see BENCHMARKS.md), which made OG images about half a cold build's CPU. So the build draws them in a worker beside Astro (src/integrations/og-images.ts), and
 * every PNG is cached on disk under a hash of everything that decides its pixels (the card's element
 * tree, the font's bytes, OG_RENDERER_VERSION and the satori/sharp versions): a later build copies an
 * unchanged card instead of rendering it.
 * The cache lives in node_modules/.cache/lintas-og/ (kept between builds, ignored by git; delete it
 * to force a re-render). LINTAS_OG_CACHE=<dir> moves it, LINTAS_OG_CACHE=off disables it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export type OgKind = 'articles' | 'entities' | 'site';

/** Where an image is published: /og/articles/<id>.png, /og/entities/<id>.png, /og/site.png. */
export const ogImagePath = (kind: OgKind, id?: string) => (kind === 'site' ? '/og/site.png' : `/og/${kind}/${id}.png`);

/**
 * Noto Sans from @fontsource/noto-sans (a declared dependency; satori reads WOFF, not WOFF2); then
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

export interface OgCard {
  /** Small line above the title, e.g. "Translated from Indonesian · Bisnis.com". */
  kicker: string;
  title: string;
  /** A line or two under the title. */
  detail?: string | undefined;
  /** Bottom line, e.g. the date. */
  footer?: string | undefined;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** The card as the element tree satori reads (text is passed as text: satori never parses it as markup). */
export function cardTree(card: OgCard): Node {
  const titleSize = card.title.length > 80 ? 52 : card.title.length > 40 ? 64 : 80;
  // The red band on top is a filled box, not a CSS border: satori draws a border as a stroke inside two
  // clip paths, which librsvg rasterises through extra full-size layers (~1 ms a card); the pixels are
  // the same (checked pixel by pixel when this changed, see BENCHMARKS.md).
  return el('div', { display: 'flex', flexDirection: 'column', width: OG_WIDTH, height: OG_HEIGHT, background: '#fbfaf7', color: '#1b1b1b' }, [
    el('div', { width: OG_WIDTH, height: 16, background: '#9c2b1f' }),
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '64px 72px' }, [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 30, color: '#9c2b1f', letterSpacing: 1 }, clip(card.kicker, 70)),
        el('div', { fontSize: titleSize, lineHeight: 1.15, marginTop: 24 }, clip(card.title, 140)),
        ...(card.detail ? [el('div', { fontSize: 30, lineHeight: 1.35, marginTop: 28, color: '#55595f' }, clip(card.detail, 180))] : []),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 30, color: '#55595f' }, [
        el('div', { fontSize: 40, color: '#1b1b1b' }, 'Lintas'),
        el('div', {}, card.footer ?? ''),
      ]),
    ]),
  ]);
}

/** Bump when the rendering changes in a way the element tree does not show (e.g. PNG options). */
export const OG_RENDERER_VERSION = '3';

/**
 * zlib level for the cards' PNGs. Measured per card (CPU, BENCHMARKS.md): level 6 (sharp's default)
 * against 4 costs ~1 ms more for a file ~5 % smaller; level 9 makes files ~25 % smaller for twice the
 * card's time; palette PNGs (quantised) are half the size but cost ~30 ms more a card.
 */
const PNG_OPTIONS = { compressionLevel: 4 } as const;

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
    packageVersion('satori'),
    packageVersion('sharp'),
    font.name,
    createHash('sha256').update(font.data).digest('hex'),
  ].join('|'));
}

/** The cache key of a card: a hash of its element tree and the renderer's fingerprint. */
export function cardCacheKey(card: OgCard): string {
  return createHash('sha256')
    .update(rendererFingerprint())
    .update('\0')
    .update(JSON.stringify(cardTree(card)))
    .digest('hex');
}

/** The cache folder, or undefined when caching is off (LINTAS_OG_CACHE=off). */
export function ogCacheDir(): string | undefined {
  const setting = process.env.LINTAS_OG_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  return path.resolve(setting || 'node_modules/.cache/lintas-og');
}

/** Where a card's PNG is kept in the cache folder `dir`. */
export const cachedCardPath = (dir: string, key: string) => path.join(dir, key.slice(0, 2), `${key}.png`);

/** Writes `png` to `file` through a temporary file and a rename, so no reader ever sees half a PNG. */
async function writeAtomically(file: string, png: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
}

/** A card as PNG: from the cache when an identical card was rendered before, else rendered and cached. */
export async function renderCard(card: OgCard): Promise<Uint8Array> {
  const dir = ogCacheDir();
  if (!dir) return renderCardUncached(card);
  const file = cachedCardPath(dir, cardCacheKey(card));
  try {
    return await readFile(file);
  } catch {
    // Not cached yet (or unreadable): render it.
  }
  const png = await renderCardUncached(card);
  // A cache that cannot be written only costs time.
  await writeAtomically(file, png).catch(() => undefined);
  return png;
}

/**
 * Makes sure the card's PNG is in the folder `dir` (rendering it only when it is not there yet) and
 * returns the file and whether it was rendered. Used by the build, which copies the files into the site.
 */
export async function cardFile(card: OgCard, dir: string): Promise<{ file: string; rendered: boolean }> {
  const file = cachedCardPath(dir, cardCacheKey(card));
  if (existsSync(file)) return { file, rendered: false };
  await writeAtomically(file, await renderCardUncached(card));
  return { file, rendered: true };
}

export async function renderCardUncached(card: OgCard): Promise<Uint8Array> {
  const font = loadFont();
  const svg = await satori(cardTree(card) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: [{ name: font.name, data: font.data, weight: 400, style: 'normal' }],
  });
  // The SVG holds the text as paths (satori outlines every glyph), so no system font is involved.
  // The card is opaque, so the PNG is RGB, not RGBA: a quarter less to filter and compress, and the
  // file is smaller. PNG_OPTIONS: see there.
  return sharp(Buffer.from(svg)).removeAlpha().png(PNG_OPTIONS).toBuffer();
}
