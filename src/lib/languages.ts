/** English names of languages and countries from their codes, via the platform's Intl data. */
const languages = new Intl.DisplayNames(['en'], { type: 'language' });
const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const scripts = new Intl.DisplayNames(['en'], { type: 'script' });

// Names are remembered: pages ask for the same few codes thousands of times (Intl's lookups took
// 0.3 s of the page phase at 5,000 articles).
const languageNames = new Map<string, string>();
const countryNames = new Map<string, string>();

/** "id" -> "Indonesian", "zh-Hant" -> "Chinese (Traditional)" */
export function languageName(tag: string): string {
  let name = languageNames.get(tag);
  if (name === undefined) {
    const [lang, script] = tag.split('-');
    const base = languages.of(lang!) ?? tag;
    name = script && /^[A-Z][a-z]{3}$/.test(script) ? `${base} (${scripts.of(script) ?? script})` : base;
    languageNames.set(tag, name);
  }
  return name;
}

/** "TW" -> "Taiwan" */
export function countryName(code: string): string {
  let name = countryNames.get(code);
  if (name === undefined) countryNames.set(code, (name = regions.of(code) ?? code));
  return name;
}
