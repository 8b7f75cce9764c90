/**
 * The annotation components an article's MDX may use, and the props each takes: the whole of the
 * closed MDX dialect's component vocabulary (src/checks/check-mdx.ts enforces it; CONTRIBUTING.md,
 * "What an article may contain", documents it). Props are plain text in quotes, validated here.
 */
import { z } from 'astro/zod';
import { id, isoDay, languageTag, text, webUrl } from './common.ts';
import { verdicts } from '../lib/verdicts.ts';

/** An https address, published normalised; http and every other scheme are refused in articles. */
const httpsUrl = z
  .string()
  .refine((v) => webUrl(v, ['https:']) !== undefined, { error: 'must be a full address starting with https://' })
  .transform((v) => webUrl(v, ['https:'])!);

const note = z.strictObject({
  /** The words of the translation the note is about. */
  on: text('"on" words').optional(),
  /** The words of the original the note is about; they must occur in the original paragraph. */
  original: text('"original" words').optional(),
});

export const annotationSchemas = {
  /** A mention of an entity: <Entity id="spacex">SpaceX</Entity>. */
  Entity: z.strictObject({ id: id('entity') }),
  /** How a word or phrase was translated, and why. */
  TranslatorNote: note,
  /** Background a reader needs, from the sources. */
  ContextNote: note,
  /** A claim of the article held against the sources, with a verdict. */
  ClaimCheck: note.omit({ on: true }).extend({
    claim: text('claim', { long: true }),
    verdict: z.enum(verdicts, { error: (issue) => `${JSON.stringify(issue.input)} is not a verdict; use one of ${verdicts.join(', ')}` }),
  }),
  /** A source: <Cite outlet="Taipei Times" url="https://..." date="2020-04-08" lang="en" />. */
  Cite: z.strictObject({
    outlet: text('outlet'),
    url: httpsUrl,
    title: text('title').optional(),
    date: isoDay.optional(),
    via: text('"via" outlet').optional(),
    archiveUrl: httpsUrl.optional(),
    lang: languageTag.optional(),
  }),
} as const;

export type AnnotationName = keyof typeof annotationSchemas;

export const isAnnotation = (name: string): name is AnnotationName => Object.hasOwn(annotationSchemas, name);

/** The notes: annotations that hold text and come at the end of a paragraph. */
export const NOTE_COMPONENTS: ReadonlySet<string> = new Set(['TranslatorNote', 'ContextNote', 'ClaimCheck']);

/** Annotations that take no text between their tags. */
export const EMPTY_COMPONENTS: ReadonlySet<string> = new Set(['Cite']);

/** The props a component allows, for messages. */
export const allowedProps = (name: AnnotationName): string[] => Object.keys(annotationSchemas[name].shape);
