/** Something that happened on a date: a ban, an advisory, a report, a reversal. Id = file name. */
import { z } from 'astro/zod';
import { confidence, id, idList, inYearRange, isoDay, isRealDateTime, isRealDay, MAX_YEAR, MIN_YEAR, text } from './common.ts';
import { correctionDateIssues, correctionList } from './correction.ts';
import { claimSourceSchema, sourceSchema } from './source.ts';

export const actions = ['ban', 'restriction', 'advisory', 'suspension', 'reversal', 'report', 'company-response', 'settlement'] as const;

/** Measures against Zoom: the rows of the cross-reference table. */
export const measureActions = ['ban', 'restriction', 'advisory', 'suspension'] as const;

/**
 * A date as precise as the sources allow: "2020", "2020-04", "2020-04-07", or a time with its zone
 * "2020-04-07T14:33+08:00".
 */
export const eventDate = z
  .string({ error: 'write the date in quotes, e.g. "2020-04-07" or "2020-04" for a month' })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/, {
    error: 'must be "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM+HH:MM" (a time needs its zone)',
    abort: true,
  })
  .refine((v) => v.length < 10 || isRealDay(v.slice(0, 10)), { error: 'is not a real calendar date', abort: true })
  .refine((v) => v.length <= 10 || isRealDateTime(v), {
    error: 'is not a real time (hours 00-23, minutes and seconds 00-59, UTC offset from -12:00 to +14:00)',
    abort: true,
  })
  .refine((v) => inYearRange(v), { error: `is outside the years ${MIN_YEAR} to ${MAX_YEAR}` })
  .refine((v) => v.length !== 7 || (Number(v.slice(5, 7)) >= 1 && Number(v.slice(5, 7)) <= 12), {
    error: 'has a month outside 01-12',
  });

export const disputeSchema = z
  .strictObject({
    /** Which part the sources disagree on. */
    about: z.enum(['date', 'action', 'scope', 'reason', 'actor', 'other'], {
      error: 'must be one of date, action, scope, reason, actor, other',
    }),
    /** What each side says, in your own words, with its source. */
    claims: z
      .array(
        z.strictObject({
          says: text('claim', { long: true }),
          /**
           * Only in a dispute "about: date": the date this side gives for the event, written like an
           * event date ("2020-04-09", "2020-04"). The timeline and /bans/ show every side's date.
           */
          date: eventDate.optional(),
          source: claimSourceSchema,
        }),
      )
      .min(2, { error: 'a disagreement needs at least two claims, each with its source' }),
  })
  .refine((d) => d.about !== 'date' || d.claims.every((c) => c.date !== undefined), {
    error: 'in a dispute about the date, give each claim its "date" (e.g. date: "2020-04-09")',
    path: ['claims'],
  })
  .refine((d) => d.about === 'date' || d.claims.every((c) => c.date === undefined), {
    error: 'a claim\'s "date" only goes in a dispute with about: date; put other dates in "says"',
    path: ['claims'],
  });

export const eventSchema = z
  .strictObject({
    /** A short headline in your own words, e.g. "SpaceX bans Zoom". */
    title: text('title'),
    /** When the measure itself was taken, as precisely as known. */
    date: eventDate.optional(),
    /** Narrows a month date: "early", "mid" or "late" April. */
    period: z.enum(['early', 'mid', 'late'], { error: 'must be "early", "mid" or "late"' }).optional(),
    /** True when the sources give the date only roughly ("about 24 March"). */
    approximate: z.boolean().default(false),
    /** When it was first reported, if that differs from the date of the measure. */
    reported: eventDate.optional(),
    /** Who acted: one entity id or a list. */
    actor: idList('actor entity'),
    /** What it acted on, usually "zoom". */
    subject: id('subject entity').optional(),
    /** What kind of event this is. */
    action: z.enum(actions, { error: `must be one of: ${actions.join(', ')}` }),
    /** Who or what the measure covers, e.g. "all employees". */
    scope: text('scope', { long: true }).optional(),
    /** The reason given by the actor, in your own words or as a short quotation. */
    reason: text('reason', { long: true }).optional(),
    /** Two or three sentences in your own words. */
    summary: text('summary', { long: true }),
    /** Where this is documented: at least one. */
    sources: z.array(sourceSchema).min(1, { error: 'every event needs at least one source' }),
    /** "high" or "medium", as in the fact sheet. */
    confidence,
    /** The id of the event this one reverses (for reversals). */
    reverses: id('reversed event').optional(),
    /** Where sources disagree: each side with its source. */
    disputes: z.array(disputeSchema).default([]),
    /** The day this entry last changed in substance, "YYYY-MM-DD". */
    updated: isoDay.optional(),
    /** What this entry said that was wrong, and what is right, each dated; shown with the event. */
    corrections: correctionList,
    /** Hidden from the production build while true. */
    draft: z.boolean().default(false),
  })
  .refine((e) => e.date !== undefined || e.reported !== undefined, {
    error: 'give "date" (when it happened) or "reported" (when it was first reported), or both',
    path: ['date'],
  })
  .refine((e) => e.action !== 'reversal' || e.reverses !== undefined, {
    error: 'a reversal must name the event it reverses in "reverses"',
    path: ['reverses'],
  })
  .refine(
    (e) => {
      const dates = e.disputes.find((d) => d.about === 'date')?.claims.map((c) => c.date);
      return !dates || e.date === undefined || dates.includes(e.date);
    },
    {
      error: 'the sources dispute the date: "date" must be one of the claims\' dates (the timeline files the event under it)',
      path: ['date'],
    },
  )
  .refine((e) => e.period === undefined || e.date?.length === 7, {
    error: '"period" (early, mid, late) only goes with a month date such as "2020-04"',
    path: ['period'],
  })
  .superRefine((event, ctx) => {
    const own = event.date ?? event.reported;
    for (const issue of correctionDateIssues(event, own, event.date ? 'date' : 'reported')) ctx.addIssue({ code: 'custom', ...issue });
  });

export type Event = z.infer<typeof eventSchema>;
export type Action = (typeof actions)[number];
