/**
 * Every correction on the site, for /corrections/ and its feed: collected from the articles' and
 * events' `corrections` (the record lives in content/, not in git history), newest first. Pure.
 */
import type { Correction } from '../schemas/correction.ts';
import { articlePath } from './paths.ts';

/** The id of a correction's note on its item's page (an event's carries the event id: a timeline page holds many). */
export const correctionAnchor = (n: number, eventId?: string) => (eventId ? `correction-${eventId}-${n}` : `correction-${n}`);

export interface CorrectionRecord extends Correction {
  kind: 'article' | 'event';
  /** The article or event id. */
  id: string;
  /** The corrected item's title. */
  title: string;
  /** Which of the item's corrections, from 1 in the order written. */
  n: number;
  /** Site path to the correction on the item's page, anchor included. */
  path: string;
}

/** An article or an event: anything with a title and corrections. */
interface CorrectableItem {
  id: string;
  data: { title: string; corrections: readonly Correction[] };
}

/**
 * Newest first; on the same day, articles before events, then by title and order written.
 * `eventPage` gives the path of the page that holds an event (src/lib/paths.ts `eventPath`, without its anchor).
 */
export function collectCorrections(
  articles: readonly CorrectableItem[],
  events: readonly CorrectableItem[],
  eventPage: (id: string) => string,
): CorrectionRecord[] {
  const recordsOf = (kind: CorrectionRecord['kind'], items: readonly CorrectableItem[], anchored: (id: string, n: number) => string) =>
    items.flatMap((item) =>
      item.data.corrections.map((c, i): CorrectionRecord => ({ ...c, kind, id: item.id, title: item.data.title, n: i + 1, path: anchored(item.id, i + 1) })),
    );
  const records = [
    ...recordsOf('article', articles, (id, n) => `${articlePath(id)}#${correctionAnchor(n)}`),
    ...recordsOf('event', events, (id, n) => `${eventPage(id)}#${correctionAnchor(n, id)}`),
  ];
  const kindOrder = { article: 0, event: 1 };
  return records.sort((a, b) => b.date.localeCompare(a.date) || kindOrder[a.kind] - kindOrder[b.kind] || a.title.localeCompare(b.title) || a.n - b.n);
}

export const CORRECTIONS_FEED_PATH = '/corrections/rss.xml';
export const CORRECTIONS_FEED_TITLE = 'Lintas: corrections';
export const CORRECTIONS_FEED_DESCRIPTION = 'Every correction Lintas publishes to its translations, notes and timeline, newest first.';

/** A correction in one sentence pair, as feeds and JSON-LD give it. */
export const correctionText = (c: Correction, kind: 'article' | 'event') =>
  `This ${kind === 'article' ? 'article' : 'timeline entry'} said: ${c.wrong} What is right: ${c.right}`;

/**
 * RSS items for @astrojs/rss: one per correction, dated by it, linking to it on its page. `urlOf`
 * makes the absolute URL (base path and site): @astrojs/rss would put a slash after the #anchor of a
 * relative link.
 */
export function correctionRssItems(records: readonly CorrectionRecord[], urlOf: (path: string) => string) {
  return records.map((r) => ({
    title: `Correction: ${r.title}`,
    link: urlOf(r.path),
    pubDate: new Date(`${r.date}T00:00:00Z`),
    description: correctionText(r, r.kind),
  }));
}
