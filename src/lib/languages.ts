/** English names of languages and countries from their codes, via the platform's Intl data. */
const languages = new Intl.DisplayNames(['en'], { type: 'language' });
const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const scripts = new Intl.DisplayNames(['en'], { type: 'script' });

/** "id" -> "Indonesian", "zh-Hant" -> "Chinese (Traditional)" */
export function languageName(tag: string): string {
  const [lang, script] = tag.split('-');
  const base = languages.of(lang!) ?? tag;
  return script && /^[A-Z][a-z]{3}$/.test(script) ? `${base} (${scripts.of(script) ?? script})` : base;
}

/** "TW" -> "Taiwan" */
export function countryName(code: string): string {
  return regions.of(code) ?? code;
}
