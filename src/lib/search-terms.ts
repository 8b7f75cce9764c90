/**
 * Extra spellings of an entity's names for the search index. Pagefind has no synonyms and matches
 * whole words (and prefixes of the last word typed), so a name met in another form only matches if
 * that form is in the indexed text: "Space X" must find "SpaceX", "NYCDOE" must find "NYC DOE",
 * "Richard Carranza" must find "Richard A. Carranza". Pure, so it is unit-tested without a build.
 */

/** Letters without their accents: "Auswärtiges" -> "Auswartiges". */
export const foldDiacritics = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/** Every tail of two characters or more of each run of Chinese characters, longest first. */
const hanTails = (s: string): string[] =>
  (s.match(/\p{Script=Han}{3,}/gu) ?? []).flatMap((run) => {
    const chars = [...run];
    return chars.slice(1, -1).map((_, i) => chars.slice(i + 1).join(''));
  });

/** "N.Y.C." -> "NYC", "U.S. Senate" -> "US Senate": dots inside acronyms dropped. */
const undotAcronyms = (s: string) => s.replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''));

/** The words of a name, punctuation other than word-internal apostrophes dropped. */
const wordsOf = (s: string): string[] => s.split(/[\s\-‐–—_/·.,:;()&+]+/u).filter(Boolean);

/** "SpaceX" -> ["Space", "X"], "iThome" -> ["i", "Thome"], "NYCDOE" -> ["NYCDOE"] (no case change). */
const splitCase = (word: string): string[] =>
  word
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`))
    .split(' ');

/**
 * The forms of one name that Pagefind's word matching would otherwise miss, without the name itself.
 * - joined: "Space X" -> "SpaceX", "NYC DOE" -> "NYCDOE" (names of two or three words, all of them
 *   capitals or single letters but at most one, so "Google Meet" or a person's name is not run on);
 * - split at case and digit changes: "SpaceX" -> "Space X";
 * - acronyms with dots undotted: "U.S." -> "US";
 * - middle initials dropped: "Richard A. Carranza" -> "Richard Carranza";
 * - accents folded: "Auswärtiges Amt" -> "Auswartiges Amt".
 * Case needs no variant: Pagefind lowercases the index and the query alike.
 * Names in Chinese characters: Pagefind indexes a run of characters as one word and matches a query
 * against the start of words, so "行政院資通安全處" is found by "行政院" but not by "資通安全處". Each
 * tail of two characters or more is added as a word of its own ("政院資通安全處", ..., "安全處",
 * "全處"), so that any part of the name matches.
 */
export function nameVariants(name: string): string[] {
  const trimmed = name.trim();
  if (trimmed === '') return [];
  if (hasHan(trimmed)) return hanTails(trimmed);
  const out: string[] = [];
  const undotted = undotAcronyms(trimmed);
  if (undotted !== trimmed) out.push(undotted);
  const words = wordsOf(undotted);
  const ordinary = words.filter((w) => !(w === w.toUpperCase() || w.length === 1)).length;
  if (words.length >= 2 && words.length <= 3 && ordinary <= 1) out.push(words.join(''));
  const split = words.flatMap(splitCase);
  if (split.length > words.length) out.push(split.join(' '));
  const withoutInitials = words.filter((w, i) => !(i > 0 && i < words.length - 1 && /^\p{Lu}$/u.test(w)));
  if (withoutInitials.length < words.length) out.push(withoutInitials.join(' '));
  const folded = foldDiacritics(trimmed);
  if (folded !== trimmed) out.push(folded);
  return out;
}

/**
 * Every extra form of all the given names, once each, leaving out any form that is already one of
 * the names (compared without case), in the order first met.
 */
export function searchVariants(names: readonly string[]): string[] {
  const seen = new Set(names.map((n) => n.trim().toLowerCase()));
  const out: string[] = [];
  for (const name of names) {
    for (const v of nameVariants(name)) {
      const key = v.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

type Named = { name: string; aliases: readonly { name: string }[] };

/**
 * What an entity is searched by, in two parts: its names as written (once each, without regard to
 * case), which read well in a result's excerpt, and their extra forms ("SpaceX" for "Space X", the
 * later part of a Chinese name), which are for matching only. Pagefind cuts an excerpt from the
 * indexed text, so the page and the event records put the extra forms last, where an excerpt reaches
 * them only when they are what matched.
 */
export function searchTerms(entity: Named): { names: string[]; variants: string[] } {
  const all = [entity.name, ...entity.aliases.map((a) => a.name)];
  const names = all.filter((n, i) => all.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
  return { names, variants: searchVariants(names) };
}

/** All names of an entity, as written, followed by their extra forms. */
export function searchNames(entity: Named): string[] {
  const { names, variants } = searchTerms(entity);
  return [...names, ...variants];
}
