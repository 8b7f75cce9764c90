/**
 * What `npm run new:<kind>` asks for: one spec per command-line flag, with the check each value must
 * pass. Pure: the facts about existing content (which entity ids exist) come in as a context.
 */
import type { z } from 'astro/zod';
import { countryCode, httpUrl, idPattern, isoDateTimeWithOffset, isoDay, languageTag } from '../schemas/common.ts';
import { entityTypes } from '../schemas/entity.ts';
import { actions, eventDate } from '../schemas/event.ts';

export type Kind = 'article' | 'entity' | 'event';
export const kinds: readonly Kind[] = ['article', 'entity', 'event'];

export interface FieldSpec {
  /** The flag without dashes, e.g. "url" for --url. */
  flag: string;
  /** What to ask for, e.g. "Original article URL". */
  prompt: string;
  /** An example shown in prompts and errors. */
  example: string;
  required: boolean;
  /** May be given more than once (--author A --author B). */
  multiple?: boolean;
  /** An error message when the value is not acceptable, or undefined. */
  check?: (value: string) => string | undefined;
}

export interface ScaffoldContext {
  entityExists: (id: string) => boolean;
}

export type Values = Record<string, string | string[] | undefined>;

/** Turns a schema into a check that returns the schema's own message. */
const bySchema = (schema: z.ZodType) => (value: string) => {
  const result = schema.safeParse(value);
  return result.success ? undefined : (result.error.issues[0]?.message ?? 'is not valid');
};

const idCheck = (value: string) => (idPattern.test(value) ? undefined : 'ids use lower-case letters, digits and single hyphens only, e.g. "nyc-doe"');

const existingEntity = (ctx: ScaffoldContext) => (value: string) =>
  idCheck(value) ?? (ctx.entityExists(value) ? undefined : `no entity "${value}" in content/entities/ (add it first with npm run new:entity)`);

export function fieldsFor(kind: Kind, ctx: ScaffoldContext): FieldSpec[] {
  if (kind === 'article') {
    return [
      {
        flag: 'url',
        prompt: 'Original article URL',
        example: 'https://kabar24.bisnis.com/read/20200407/19/1223718/taiwan-larang-instansi-pemerintah-gunakan-zoom',
        required: true,
        check: bySchema(httpUrl),
      },
      { flag: 'outlet', prompt: 'Outlet (entity id)', example: 'bisnis', required: true, check: existingEntity(ctx) },
      {
        flag: 'title',
        prompt: 'Original title, exactly as published',
        example: 'Taiwan Larang Instansi Pemerintah Gunakan Zoom',
        required: true,
        check: nonEmpty,
      },
      {
        flag: 'date',
        prompt: 'Published (ISO time with the original UTC offset)',
        example: '2020-04-07T14:33:00+07:00',
        required: true,
        check: bySchema(isoDateTimeWithOffset),
      },
      { flag: 'lang', prompt: 'Original language (BCP 47)', example: 'id', required: true, check: bySchema(languageTag) },
      {
        flag: 'author',
        prompt: 'Author of the original (empty to fill in later)',
        example: 'Nirmala Aninda',
        required: false,
        multiple: true,
        check: nonEmpty,
      },
      { flag: 'slug', prompt: 'Folder name (slug)', example: 'bisnis-taiwan-bans-government-use-of-zoom', required: false, check: idCheck },
    ];
  }
  if (kind === 'entity') {
    return [
      { flag: 'id', prompt: 'Id (the file name, lower case with hyphens)', example: 'nyc-doe', required: true, check: idCheck },
      { flag: 'name', prompt: 'Name readers know best, in English', example: 'New York City Department of Education', required: true, check: nonEmpty },
      { flag: 'type', prompt: `Type (${entityTypes.join(', ')})`, example: 'school-system', required: true, check: oneOf(entityTypes) },
      { flag: 'country', prompt: 'Country, ISO 3166-1 alpha-2 (empty if no source gives it)', example: 'US', required: false, check: bySchema(countryCode) },
    ];
  }
  return [
    { flag: 'id', prompt: 'Id (the file name, lower case with hyphens)', example: 'spacex-ban', required: true, check: idCheck },
    { flag: 'title', prompt: 'Short headline in your own words', example: 'SpaceX bans Zoom', required: true, check: nonEmpty },
    { flag: 'date', prompt: 'Date of the measure, as precise as known', example: '2020-03-28', required: true, check: bySchema(eventDate) },
    {
      flag: 'actor',
      prompt: 'Actor (entity id; several separated by commas)',
      example: 'spacex',
      required: true,
      check: (v) => splitIds(v).map(existingEntity(ctx)).find(Boolean) ?? (splitIds(v).length ? undefined : 'give at least one entity id'),
    },
    { flag: 'action', prompt: `Action (${actions.join(', ')})`, example: 'ban', required: true, check: oneOf(actions) },
    { flag: 'subject', prompt: 'Subject (entity id, usually zoom)', example: 'zoom', required: false, check: existingEntity(ctx) },
    {
      flag: 'source-url',
      prompt: 'Source URL (empty to add sources later)',
      example: 'https://www.reuters.com/article/…',
      required: false,
      check: bySchema(httpUrl),
    },
    { flag: 'source-outlet', prompt: 'Source outlet, as readers know it', example: 'Reuters', required: false, check: nonEmpty },
    {
      flag: 'source-date',
      prompt: 'Day the source was published, YYYY-MM-DD (empty if it does not say)',
      example: '2020-04-01',
      required: false,
      check: bySchema(isoDay),
    },
    {
      flag: 'source-accessed',
      prompt: 'Day you read the source, YYYY-MM-DD (empty if not recorded)',
      example: '2026-11-28',
      required: false,
      check: bySchema(isoDay),
    },
  ];
}

function nonEmpty(value: string): string | undefined {
  return value.trim() ? undefined : 'must not be empty';
}

function oneOf(options: readonly string[]) {
  return (value: string) => (options.includes(value) ? undefined : `must be one of: ${options.join(', ')}`);
}

/** "spacex, nasa" -> ["spacex", "nasa"] */
export function splitIds(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The flags of required fields that have no value yet, as "--url". */
export function missingFlags(specs: FieldSpec[], values: Values): string[] {
  return specs.filter((s) => s.required && isEmpty(values[s.flag])).map((s) => `--${s.flag}`);
}

/** One line per given value that fails its check: "--date "7 April": must be an ISO 8601 time …". */
export function invalidValues(specs: FieldSpec[], values: Values): string[] {
  const errors: string[] = [];
  for (const spec of specs) {
    const value = values[spec.flag];
    for (const v of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
      const error = spec.check?.(v);
      if (error) errors.push(`--${spec.flag} ${JSON.stringify(v)}: ${error}${error.includes('e.g.') ? '' : ` (e.g. ${spec.example})`}`);
    }
  }
  return errors;
}

/** The source of an event needs both its URL and its outlet, or neither. */
export function pairedFlagErrors(kind: Kind, values: Values): string[] {
  if (kind !== 'event') return [];
  const url = !isEmpty(values['source-url']);
  const outlet = !isEmpty(values['source-outlet']);
  return url === outlet ? [] : ['--source-url and --source-outlet go together: give both, or neither and add sources later'];
}

export function isEmpty(value: string | string[] | undefined): boolean {
  return value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
}
