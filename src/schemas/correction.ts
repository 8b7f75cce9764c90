/**
 * Corrections: what a published page said that was wrong, what is right, and the day it was put right.
 * Articles and events carry them (`corrections`, with `updated`); the record lives in content/, so a
 * shallow clone builds the same /corrections/ page. The date rules are shared by both schemas.
 */
import { z } from 'astro/zod';
import { firstDay } from '../lib/dates.ts';
import { isoDay, text } from './common.ts';

export const correctionSchema = z.strictObject({
  /** The day the correction was published, "YYYY-MM-DD". */
  date: isoDay,
  /** What the page said that was wrong, in a sentence: "The ban was dated 8 April." */
  wrong: text('"wrong" text (what the page said)', { long: true }),
  /** What is right, in a sentence, citing the source where it differs: "The ban was dated 7 April." */
  right: text('"right" text (what is right)', { long: true }),
});

export type Correction = z.infer<typeof correctionSchema>;

/** Corrections, oldest first as written; none by default. */
export const correctionList = z.array(correctionSchema).default([]);

/** The newest correction's date, or undefined when there is none. */
export const newestCorrection = (corrections: readonly Correction[]): string | undefined =>
  corrections.reduce<string | undefined>((max, c) => (max === undefined || c.date > max ? c.date : max), undefined);

interface DatedItem {
  corrections: readonly Correction[];
  updated?: string | undefined;
}

/**
 * Issues for the date rules, as Zod custom issues with their field path: a correction is not dated
 * before the item itself (`since`, named by `sinceField`), `updated` is not before the item either, a
 * correction needs `updated`, and `updated` is not before the newest correction.
 */
export function correctionDateIssues(item: DatedItem, since: string | undefined, sinceField: string): { message: string; path: (string | number)[] }[] {
  const issues: { message: string; path: (string | number)[] }[] = [];
  const start = since === undefined ? undefined : firstDay(since);
  item.corrections.forEach((c, i) => {
    if (start !== undefined && c.date < start)
      issues.push({ path: ['corrections', i, 'date'], message: `${c.date} is before the item itself (${sinceField}: ${since}); check the year` });
  });
  if (item.updated !== undefined && start !== undefined && item.updated < start) {
    issues.push({ path: ['updated'], message: `${item.updated} is before the item itself (${sinceField}: ${since}); check the year` });
  }
  const newest = newestCorrection(item.corrections);
  if (newest !== undefined && item.updated === undefined) {
    issues.push({ path: ['corrections'], message: `a correction updates the page: add updated: "${newest}" (the day of the newest correction, or later)` });
  } else if (newest !== undefined && item.updated !== undefined && item.updated < newest) {
    issues.push({ path: ['updated'], message: `${item.updated} is before the newest correction (${newest}); set updated to "${newest}" or later` });
  }
  return issues;
}
