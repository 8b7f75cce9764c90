/** When the build starts a second Open Graph card worker (src/integrations/og-images/slots.ts). */
import { describe, expect, it } from 'vitest';
import { secondWorkerPays, Slot, SLOTS } from '../../src/integrations/og-images/slots.ts';

function shared(values: Partial<Record<keyof typeof Slot, number>>): Int32Array {
  const a = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
  for (const [k, v] of Object.entries(values)) a[Slot[k as keyof typeof Slot]] = v;
  return a;
}

describe('a second card worker', () => {
  it('is started while the first is still loading the dataset (every card is left)', () => {
    expect(secondWorkerPays(shared({}))).toBe(true);
  });

  it('is not started when every card is taken, as in a warm rebuild', () => {
    expect(secondWorkerPays(shared({ total: 1201, next: 1201, startMs: 3000 }))).toBe(false);
    // The workers' counter runs past the total as each one finds no card left.
    expect(secondWorkerPays(shared({ total: 1201, next: 1203, startMs: 3000 }))).toBe(false);
  });

  it('is started when half the cards left take longer than starting one', () => {
    // 600 cards of 20 ms left: 6 s saved against 3 s of start.
    expect(secondWorkerPays(shared({ total: 1201, next: 601, startMs: 3000, drawn: 600, drawUs: 600 * 20_000 }))).toBe(true);
  });

  it('is not started for a few cards the first worker draws before a second could start', () => {
    // 100 cards of 20 ms left: 1 s saved against 3 s of start.
    expect(secondWorkerPays(shared({ total: 1201, next: 1101, startMs: 3000, drawn: 1100, drawUs: 1100 * 20_000 }))).toBe(false);
  });

  it('judges by the measured cost of a card', () => {
    const left = { total: 1201, next: 901, startMs: 3000 };
    expect(secondWorkerPays(shared({ ...left, drawn: 900, drawUs: 900 * 10_000 }))).toBe(false); // 300 x 10 ms / 2 = 1.5 s
    expect(secondWorkerPays(shared({ ...left, drawn: 900, drawUs: 900 * 40_000 }))).toBe(true); // 300 x 40 ms / 2 = 6 s
  });
});
