/** A source a published fact rests on: the Wikipedia-style triple of original URL, archive URL and date. */
import { z } from 'astro/zod';
import { httpUrl, isoDay, languageTag, text } from './common.ts';

export const sourceSchema = z.strictObject({
  /** Who published it, as readers know it, e.g. "Reuters" or "Taipei Times". */
  outlet: text('outlet'),
  /** Where the text was read when the outlet's own page was not available, e.g. "MarketScreener". */
  via: text('"via" outlet').optional(),
  /** The headline or document title as published. */
  title: text('title').optional(),
  /** The address of the page that was read. */
  url: httpUrl,
  /** The date the source was published, "YYYY-MM-DD". */
  date: isoDay.optional(),
  /** A saved copy, e.g. a Wayback Machine address. */
  archiveUrl: httpUrl.optional(),
  /** The language of the source, e.g. "en", "zh-Hant". */
  language: languageTag.default('en'),
});

export type Source = z.infer<typeof sourceSchema>;
