/** A translated article: frontmatter of `content/articles/<slug>/index.mdx`. Id = folder name. */
import { z } from 'astro/zod';
import { httpUrl, id, isoDateTimeWithOffset, isoDay, languageTag, text } from './common.ts';
import { correctionDateIssues, correctionList } from './correction.ts';

const person = text('name');

export const articleSchema = z
  .strictObject({
    /** The headline in the translation's language. */
    title: text('title'),
    /** The headline exactly as the outlet published it. */
    originalTitle: text('original title'),
    /** One or two sentences in the translation's language: what the article says. */
    summary: text('summary', { long: true }),
    /**
     * The outlet's dek (standfirst), exactly as published, when it has one: the line under the headline,
     * e.g. Bisnis.com's "Taiwan melarang seluruh instansi pemerintahan ...". Not our summary.
     */
    originalDek: text('original dek', { long: true }).optional(),
    /** The dek translated into the translation's language; required with originalDek. */
    dek: text('dek', { long: true }).optional(),
    /**
     * The original's lead photo caption, stored with the original although the photo is not reproduced:
     * `caption` exactly as published, its translation, and the credit the outlet gives.
     */
    originalImageCaption: z
      .strictObject({
        caption: text('caption'),
        translation: text('caption translation'),
        credit: text('photo credit'),
      })
      .optional(),
    /** The outlet that published the original: an entity id, e.g. "bisnis". */
    outlet: id('outlet entity'),
    /** The section of the outlet, e.g. "Kabar24". */
    section: text('section').optional(),
    /** Who wrote the original. */
    authors: z.array(person).min(1, { error: 'name at least one author of the original' }),
    /** The original's editors, as credited. */
    editors: z.array(person).default([]),
    /** When the original was published, with its own UTC offset: "2020-04-07T14:33:00+07:00". */
    published: isoDateTimeWithOffset,
    /** The original article's address. */
    originalUrl: httpUrl,
    /** A saved copy of the original, e.g. on the Wayback Machine. */
    archiveUrl: httpUrl.optional(),
    /** The original's language, BCP 47, e.g. "id". */
    originalLanguage: languageTag,
    /** The translation's language, BCP 47, e.g. "en". */
    language: languageTag.default('en'),
    /** Who translated it. */
    translator: person,
    /**
     * The day Lintas published the translation, "YYYY-MM-DD": its date in feeds and JSON-LD
     * (`datePublished`); the original's own date stays in `published`. A translation is published when
     * it is finished, so one field serves both: set it on the day `draft` becomes false.
     */
    translated: isoDay,
    /** The day the translation or its notes last changed in substance, "YYYY-MM-DD" (`dateModified`). */
    updated: isoDay.optional(),
    /** What the page said that was wrong, and what is right, each dated; shown at the top of the article. */
    corrections: correctionList,
    /** Entity ids the article involves; every <Entity id> in the text must be listed here. */
    entities: z.array(id('entity')).default([]),
    /** Event ids the article reports. */
    events: z.array(id('event')).default([]),
    /** Free keywords, lower case. */
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'tags are lower-case words joined by hyphens' })).default([]),
    /** Hidden from the production build while true. */
    draft: z.boolean().default(false),
  })
  .refine((a) => (a.originalDek === undefined) === (a.dek === undefined), {
    error: 'give "originalDek" (as published) and "dek" (its translation) together, or neither',
    path: ['dek'],
  })
  .superRefine((article, ctx) => {
    for (const issue of correctionDateIssues(article, article.translated, 'translated')) ctx.addIssue({ code: 'custom', ...issue });
  });

export type Article = z.infer<typeof articleSchema>;
