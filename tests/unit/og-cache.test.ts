/** The Open Graph image cache: an unchanged card is read back, a changed one gets a new key. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardCacheKey, ogCacheDir, renderCard, renderCardUncached } from '../../src/lib/og-image.ts';

const card = { kicker: 'Translated from Indonesian · Bisnis.com', title: 'Taiwan bans government use of Zoom', footer: '7 April 2020' };
let dir: string;
const saved = process.env.LINTAS_OG_CACHE;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lintas-og-'));
  process.env.LINTAS_OG_CACHE = dir;
});
afterAll(() => {
  if (saved === undefined) delete process.env.LINTAS_OG_CACHE;
  else process.env.LINTAS_OG_CACHE = saved;
  rmSync(dir, { recursive: true, force: true });
});

const cachedFile = (key: string) => path.join(dir, key.slice(0, 2), `${key}.png`);

describe('Open Graph image cache', () => {
  it('keys a card by everything that shows on it', () => {
    expect(cardCacheKey(card)).toBe(cardCacheKey({ ...card }));
    expect(cardCacheKey(card)).not.toBe(cardCacheKey({ ...card, title: `${card.title}.` }));
    expect(cardCacheKey(card)).not.toBe(cardCacheKey({ ...card, footer: '8 April 2020' }));
    expect(cardCacheKey(card)).not.toBe(cardCacheKey({ ...card, detail: 'More' }));
  });

  it('renders a card once, then reads it from the cache', async () => {
    expect(ogCacheDir()).toBe(dir);
    const key = cardCacheKey(card);
    const first = await renderCard(card);
    expect(existsSync(cachedFile(key))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(await renderCardUncached(card)))).toBe(true);
    // Replace the cached PNG: the next call must return the cached bytes, not render again.
    writeFileSync(cachedFile(key), 'cached');
    expect(Buffer.from(await renderCard(card)).toString()).toBe('cached');
    expect(readdirSync(path.dirname(cachedFile(key))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('can be turned off', async () => {
    process.env.LINTAS_OG_CACHE = 'off';
    try {
      expect(ogCacheDir()).toBeUndefined();
      const png = await renderCard({ ...card, title: 'Not cached' });
      expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    } finally {
      process.env.LINTAS_OG_CACHE = dir;
    }
    expect(existsSync(cachedFile(cardCacheKey({ ...card, title: 'Not cached' })))).toBe(false);
  });
});

describe('Open Graph card drawing (one canvas per thread, drawn over for every card)', () => {
  const other = {
    kicker: 'Government agency · Taiwan',
    title: '行政院 Executive Yuan, with a title long enough to wrap onto a second line',
    detail: 'Taiwan’s cabinet.',
    footer: '3 events on the timeline',
  };

  it('draws a card the same whatever was drawn before it, one at a time or several at once', async () => {
    const alone = Buffer.from(await renderCardUncached(card));
    await renderCardUncached(other);
    expect(Buffer.from(await renderCardUncached(card)).equals(alone)).toBe(true);
    const [a, , b] = await Promise.all([renderCardUncached(card), renderCardUncached(other), renderCardUncached(card)]);
    expect(Buffer.from(a!).equals(alone)).toBe(true);
    expect(Buffer.from(b!).equals(alone)).toBe(true);
  });

  it('draws every pixel opaque, so the premultiplied pixels it encodes are the pixels themselves', async () => {
    for (const c of [card, other]) {
      const { channels } = await sharp(await renderCardUncached(c)).stats();
      expect(channels[3]?.min).toBe(255);
    }
  });
});
