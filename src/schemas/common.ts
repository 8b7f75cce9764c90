/**
 * Field types shared by every content schema. Messages are written for the editor who wrote the file:
 * they say what is wrong and how to fix it.
 */
import { z } from 'astro/zod';

/** A content id: lower-case letters, digits and single hyphens, e.g. `nyc-doe`. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = (what: string) =>
  z
    .string({ error: `give the ${what} id as text, e.g. "nyc-doe"` })
    .regex(idPattern, {
      error: `"${what}" ids use lower-case letters, digits and single hyphens only, e.g. "nyc-doe"`,
    });

/** One id or a list of ids, always read as a list. */
export const idList = (what: string) =>
  z.union([id(what), z.array(id(what))]).transform((v) => (Array.isArray(v) ? v : [v]));

/** An absolute http(s) URL. Other schemes (javascript:, data:, ftp:) are refused. */
export const httpUrl = z
  .string({ error: 'give the address as text, starting with https://' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: 'must be a full web address starting with https:// or http://' },
  );

/** A BCP 47 language tag such as `en`, `id`, `zh-Hant`, `de`. */
export const languageTag = z
  .string({ error: 'give a language tag such as "en", "id" or "zh-Hant"' })
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/, {
    error: 'must be a BCP 47 language tag such as "en", "id", "zh-Hant" or "pt-BR"',
  });

/** ISO 3166-1 alpha-2 country code, upper case, e.g. `TW`. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO 3166-1 country code in capitals, e.g. "TW", "US"' });

const YAML_DATE_HINT =
  'write the date in quotes, e.g. "2020-04-07", so YAML keeps it as written (unquoted dates lose their time zone)';

/** A calendar date `YYYY-MM-DD`, written in quotes. */
export const isoDay = z
  .string({ error: YAML_DATE_HINT })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, e.g. "2020-04-07"' })
  .refine((v) => isRealDay(v), { error: 'is not a real calendar date' });

/** A moment with its UTC offset, e.g. `2020-04-07T14:33:00+07:00`. */
export const isoDateTimeWithOffset = z
  .string({ error: YAML_DATE_HINT })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/, {
    error:
      'must be an ISO 8601 time with the original UTC offset, e.g. "2020-04-07T14:33:00+07:00" (14:33 WIB)',
  })
  .refine((v) => isRealDay(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)), {
    error: 'is not a real date and time',
  });

export function isRealDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** How sure the sources make us: `high` (primary source or reputable outlet) or `medium`. */
export const confidence = z.enum(['high', 'medium'], {
  error: 'must be "high" or "medium" (low-confidence facts are not published)',
});

/** Plain text that must not be empty. */
export const text = (what: string) =>
  z.string({ error: `write the ${what} as text` }).trim().min(1, { error: `the ${what} must not be empty` });
