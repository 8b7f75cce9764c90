/**
 * Keyboard movement between the overview's marks (src/scripts/timeline-overview.ts): the index of the
 * mark to focus after `key` at mark `at` of `count`, or undefined when the key does not move. Pure.
 */
export function nextIndex(key: string, at: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(at + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
