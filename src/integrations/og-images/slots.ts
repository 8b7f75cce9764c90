/**
 * The Int32s the card workers share with the build (a SharedArrayBuffer of SLOTS Int32s), by index:
 * - `next`: the number of the next card to draw (each worker takes one with Atomics.add);
 * - `total`: how many cards there are, written by the first worker to list them (0 = not known yet);
 * - `startMs`: how long that worker took from its creation to its list of cards (loading the libraries
 *   and the dataset): what another worker would cost before drawing a single card;
 * - `drawn`, `drawUs`: cards drawn so far (not taken from the cache) and the microseconds they took.
 * The build reads them when Astro has written its pages, to decide whether a second worker pays off.
 */
export const Slot = { next: 0, total: 1, startMs: 2, drawn: 3, drawUs: 4 } as const;
export const SLOTS = 5;

/** Cost of a card when none was drawn yet to measure it (CPU ms, BENCHMARKS.md). */
const DEFAULT_CARD_MS = 20;

/**
 * Whether a second worker finishes the cards sooner: it would take over about half of the cards left,
 * but only after starting as slowly as the first did. False when the cards are done (a warm rebuild),
 * or so few are left that the first worker draws them before a second one could start.
 */
export function secondWorkerPays(shared: Int32Array): boolean {
  const total = Atomics.load(shared, Slot.total);
  if (total === 0) return true; // the first worker is still starting: every card is left
  const left = total - Atomics.load(shared, Slot.next);
  if (left <= 0) return false;
  const drawn = Atomics.load(shared, Slot.drawn);
  const cardMs = drawn > 0 ? Atomics.load(shared, Slot.drawUs) / drawn / 1000 : DEFAULT_CARD_MS;
  return (left * cardMs) / 2 > Atomics.load(shared, Slot.startMs);
}
