/** An organisation, person, state or outlet that events and articles refer to. Id = file name. */
import { z } from 'astro/zod';
import { countryCode, httpUrl, id, languageTag, text } from './common.ts';
import { sourceSchema } from './source.ts';

export const entityTypes = [
  'state',
  'government-body',
  'ministry',
  'military',
  'legislature',
  'regulator',
  'company',
  'school-system',
  'research-group',
  'news-outlet',
  'person',
] as const;

export const aliasSchema = z.strictObject({
  /** The name as written, e.g. "行政院" or "NYCDOE". */
  name: text('alias'),
  /** The language and script of this alias itself (not of the source it was seen in), as a BCP 47 tag, e.g. "zh-Hant", "id", "en". */
  lang: languageTag,
  /**
   * What kind of name it is. "variant" is another spelling of the same name ("Space X"); "section" is
   * the name of a part of an outlet (Bisnis.com's "Kabar24"), not a name of the outlet itself.
   */
  kind: z
    .enum(['name', 'acronym', 'former', 'translation', 'transliteration', 'description', 'variant', 'section'], {
      error: 'must be one of name, acronym, former, translation, transliteration, description, variant, section',
    })
    .default('name'),
});

export const entitySchema = z.strictObject({
  /** The name readers know best, in English. */
  name: text('name'),
  /** What kind of entity this is. */
  type: z.enum(entityTypes, { error: `must be one of: ${entityTypes.join(', ')}` }),
  /** Other names met in sources, each tagged with its language and script. */
  aliases: z.array(aliasSchema).default([]),
  /** ISO 3166-1 alpha-2 country code, e.g. "TW". Leave out when no source gives it. */
  country: countryCode.optional(),
  /** The id of the entity this one belongs to, e.g. a department's ministry. */
  parent: id('parent entity').optional(),
  /** Wikidata item, e.g. "Q193701". Only when verified in independent places. */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata id such as "Q193701"' })
    .optional(),
  /** One or two sentences in your own words: who this is and why it matters here. */
  description: text('description', { long: true }),
  /** Official or reference pages. */
  links: z.array(z.strictObject({ label: text('link label'), url: httpUrl })).default([]),
  /** Where the facts on this page come from. */
  sources: z.array(sourceSchema).default([]),
  /** Hidden from the production build while true. */
  draft: z.boolean().default(false),
});

export type Entity = z.infer<typeof entitySchema>;
export type EntityType = (typeof entityTypes)[number];
