/**
 * A source a published fact rests on, cited as Wikipedia cites: where it is (url), when it was
 * published (date), when we read it (accessed), and a recorded copy (archiveUrl + archived).
 */
import { z } from 'astro/zod';
import { httpUrl, isoDay, languageTag, text } from './common.ts';

const sourceFields = {
  /** Who published it, as readers know it, e.g. "Reuters" or "Taipei Times". */
  outlet: text('outlet'),
  /** Where the text was read when the outlet's own page was not available, e.g. "MarketScreener". */
  via: text('"via" outlet').optional(),
  /** The headline or document title as published. */
  title: text('title').optional(),
  /** The address of the page that was read. */
  url: httpUrl,
  /** The date the source was published, "YYYY-MM-DD". Only when a source gives it: never guess. */
  date: isoDay.optional(),
  /** The day someone on the team read the page at `url`, "YYYY-MM-DD". Only when it was recorded. */
  accessed: isoDay.optional(),
  /** A recorded snapshot of the page, e.g. "https://web.archive.org/web/20200408093000/https://...". */
  archiveUrl: httpUrl.optional(),
  /** The day that snapshot was taken, "YYYY-MM-DD"; goes with archiveUrl. */
  archived: isoDay.optional(),
  /** The language of the source, e.g. "en", "zh-Hant". */
  language: languageTag.default('en'),
};

type Fields = { date?: string | undefined; accessed?: string | undefined; archiveUrl?: string | undefined; archived?: string | undefined };

/** Rules shared by every kind of source; ISO days compare correctly as strings. */
function checkDates<T extends z.ZodType<Fields>>(schema: T) {
  return schema
    .refine((s) => (s.archiveUrl === undefined) === (s.archived === undefined), {
      error: 'give "archiveUrl" and "archived" (the snapshot\'s day) together, or neither (run `npm run archive` to record one)',
      path: ['archived'],
    })
    .refine((s) => !s.accessed || !s.date || s.accessed >= s.date, {
      error: '"accessed" is earlier than the publication "date"; check both',
      path: ['accessed'],
    })
    .refine((s) => !s.archived || !s.date || s.archived >= s.date, {
      error: '"archived" is earlier than the publication "date"; a snapshot cannot predate the page',
      path: ['archived'],
    });
}

export const sourceSchema = checkDates(z.strictObject(sourceFields));

/**
 * The source of one side of a disagreement. The fact sheet sometimes names a report without its address
 * (e.g. "the FT, 9 April"): then give outlet and date and leave out url; the page shows it unlinked.
 */
export const claimSourceSchema = checkDates(z.strictObject({ ...sourceFields, url: httpUrl.optional() }));

export type Source = z.infer<typeof sourceSchema>;
export type ClaimSource = z.infer<typeof claimSourceSchema>;
