/**
 * Field types shared by every content schema. Messages are written for the editor who wrote the file:
 * they say what is wrong and how to fix it.
 */
import { z } from 'astro/zod';

/** A content id: lower-case letters, digits and single hyphens, e.g. `nyc-doe`. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest id or slug: ids become file names and URL segments. */
export const MAX_ID_LENGTH = 80;

/**
 * Names Windows cannot create as files, with or without an extension (`con.yaml`, `nul.yaml`): a
 * checkout on Windows would fail or lose the file (learn.microsoft.com, "Naming Files, Paths, and Namespaces").
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** What is wrong with an id or slug, or undefined when it is fine. */
export function idIssue(value: string): string | undefined {
  if (!idPattern.test(value)) return 'use lower-case letters, digits and single hyphens only, e.g. "nyc-doe"';
  if (value.length > MAX_ID_LENGTH) return `is longer than ${MAX_ID_LENGTH} characters; shorten it`;
  if (WINDOWS_RESERVED.test(value))
    return `"${value}" is a name Windows reserves for a device, so a checkout on Windows cannot create the file; choose another id`;
  return undefined;
}

export const id = (what: string) =>
  z
    .string({ error: `give the ${what} id as text, e.g. "nyc-doe"` })
    .regex(idPattern, {
      error: `"${what}" ids use lower-case letters, digits and single hyphens only, e.g. "nyc-doe"`,
    })
    .max(MAX_ID_LENGTH, { error: `ids are at most ${MAX_ID_LENGTH} characters` });

/** One id or a list of ids, always read as a list. */
export const idList = (what: string) => z.union([id(what), z.array(id(what))]).transform((v) => (Array.isArray(v) ? v : [v]));

/**
 * An absolute web address, published in its normalised form (`new URL(value).href`). Only https: and
 * http:; no user name or password in it; no spaces or control characters.
 */
export const httpUrl = z
  .string({ error: 'give the address as text, starting with https://' })
  .refine((value) => webUrl(value) !== undefined, { error: 'must be a full web address starting with https:// or http://' })
  .transform((value) => webUrl(value)!);

/** The normalised address, or undefined when `value` is not a plain http(s) address. */
export function webUrl(value: string, schemes: readonly string[] = ['https:', 'http:']): string | undefined {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\s\u0000-\u001f\u007f-\u009f]/u.test(value)) return undefined;
  try {
    const url = new URL(value);
    if (!schemes.includes(url.protocol) || url.username || url.password || !url.hostname) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * Where a link in an article goes, as the page writes it, or undefined when it may not: a path on this
 * site ("/entities/zoom/", to which the page adds the base path), or an https: address in its
 * normalised form. Written normalised because a browser reads some addresses differently from
 * `new URL()` alone: "https:evil.example" is https://evil.example/ on its own, but, relative to an
 * https page, a path on that page's site. A site path may not start with "//" (another host) nor hold
 * "." or ".." segments (also as %2e), which would lead out from under the base path.
 */
export function articleLinkTarget(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\s\\\u0000-\u001f\u007f-\u009f]/u.test(href) || textIssue(href) !== undefined) return undefined;
  if (href.startsWith('/')) {
    const path = href.replace(/[?#].*$/s, '');
    return href.startsWith('//') || path.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment)) ? undefined : href;
  }
  return webUrl(href, ['https:']);
}

/** A BCP 47 language tag such as `en`, `id`, `zh-Hant`, `de`. */
export const languageTag = z
  .string({ error: 'give a language tag such as "en", "id" or "zh-Hant"' })
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/, {
    error: 'must be a BCP 47 language tag such as "en", "id", "zh-Hant" or "pt-BR"',
  });

/** ISO 3166-1 alpha-2 country code, upper case, e.g. `TW`. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO 3166-1 country code in capitals, e.g. "TW", "US"' });

const YAML_DATE_HINT = 'write the date in quotes, e.g. "2020-04-07"';

/**
 * Years a date may have. Lintas covers news of the internet era; anything outside is a typo ("1020"
 * for "2020"). Dates after today are refused separately by the content check.
 */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2098;
const YEARS = `years ${MIN_YEAR} to ${MAX_YEAR}`;

/** A calendar date `YYYY-MM-DD`, written in quotes. */
export const isoDay = z
  .string({ error: YAML_DATE_HINT })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, e.g. "2020-04-07"', abort: true })
  .refine((v) => isRealDay(v), { error: 'is not a real calendar date', abort: true })
  .refine((v) => inYearRange(v), { error: `is outside the ${YEARS}` });

/** A moment with its UTC offset, e.g. `2020-04-07T14:33:00+07:00`. */
export const isoDateTimeWithOffset = z
  .string({ error: YAML_DATE_HINT })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/, {
    error: 'must be an ISO 8601 time with the original UTC offset, e.g. "2020-04-07T14:33:00+07:00" (14:33 WIB)',
    abort: true,
  })
  .refine((v) => isRealDateTime(v), {
    error: 'is not a real date and time (hours 00-23, minutes and seconds 00-59, UTC offset from -12:00 to +14:00)',
    abort: true,
  })
  .refine((v) => inYearRange(v), { error: `is outside the ${YEARS}` });

export function inYearRange(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isRealDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)` with a real day, time and offset. */
export function isRealDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(value);
  if (!m || !isRealDay(m[1]!)) return false;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[5] !== 'Z') {
    const offset = (Number(m[7]) * 60 + Number(m[8])) * (m[6] === '-' ? -1 : 1);
    if (Number(m[8]) > 59 || offset < -12 * 60 || offset > 14 * 60) return false;
  }
  return !Number.isNaN(Date.parse(value));
}

/** How sure the sources make us: `high` (primary source or reputable outlet) or `medium`. */
export const confidence = z.enum(['high', 'medium'], {
  error: 'must be "high" or "medium" (low-confidence facts are not published)',
});

/**
 * Characters no text field may hold: control characters (newline and tab only where a field allows
 * several lines) and the bidirectional overrides and isolates, which can make text read differently
 * from how it is stored ("Trojan Source", CVE-2021-42574).
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
/**
 * Unicode noncharacters (U+FDD0-U+FDEF and the last two code points of every plane): XML forbids
 * U+FFFE and U+FFFF, so one in a title makes rss.xml malformed; none is ever meant as text.
 */
const NONCHARACTER =
  /[\u{fdd0}-\u{fdef}\u{fffe}\u{ffff}\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/u;

/** What is wrong with a piece of text from content, or undefined. Shared by the schemas and the MDX check. */
export function textIssue(value: string, options: { multiline?: boolean } = {}): string | undefined {
  // A YAML escape such as "\uD800" gives half a character (a lone surrogate): no UTF-8 file can hold it,
  // and Pagefind's indexer crashed the build on one.
  if (!value.isWellFormed()) return 'contains half of a character (a lone surrogate escape such as \\uD800); write the character itself';
  if (NONCHARACTER.test(value)) return 'contains a Unicode noncharacter (such as U+FFFE), which is not text; retype the text without it';
  if (BIDI.test(value)) return 'contains an invisible bidirectional-override character; retype the text without it';
  if (CONTROL.test(value) || (!options.multiline && value.includes('\t'))) return 'contains a control character; retype the text without it';
  if (!options.multiline && LINE_BREAK.test(value)) return 'must be on one line';
  return undefined;
}

/** White space and the characters that show nothing (zero-width space, word joiner, soft hyphen, byte-order mark, braille blank...). */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * Whether text shows a reader nothing: empty, or only spaces and invisible characters. A name or a
 * link of one zero-width space would pass a length check and publish as nothing. Invisible characters
 * among visible ones (a zero-width joiner in an emoji, a soft hyphen) are left alone.
 */
export const showsNothing = (value: string): boolean => value.replace(INVISIBLE, '') === '';

/** Longest texts, in characters (CONTRIBUTING.md lists them). */
export const MAX_LENGTH = { short: 200, long: 1500 } as const;

/**
 * Plain text that must not be empty. `long` texts (summaries, descriptions) may run over several lines
 * and up to MAX_LENGTH.long characters; the others are one line of at most MAX_LENGTH.short.
 */
export const text = (what: string, options: { long?: boolean } = {}) => {
  const max = options.long ? MAX_LENGTH.long : MAX_LENGTH.short;
  return z
    .string({ error: `write the ${what} as text` })
    .trim()
    .min(1, { error: `the ${what} must not be empty` })
    .max(max, { error: `the ${what} is longer than ${max} characters; shorten it` })
    .superRefine((value, ctx) => {
      if (value !== '' && showsNothing(value))
        ctx.addIssue({
          code: 'custom',
          message: `the ${what} shows nothing: it holds only invisible characters (such as a zero-width space); write the ${what}`,
        });
      const issue = textIssue(value, { multiline: options.long ?? false });
      if (issue) ctx.addIssue({ code: 'custom', message: `the ${what} ${issue}` });
    });
};
