/** Slugs for new articles: lower-case ASCII words joined by hyphens, as the content check wants. */
import { idPattern } from '../schemas/common.ts';

/** "Taiwan Larang Instansi Pemerintah Gunakan Zoom!" -> "taiwan-larang-instansi-pemerintah-gunakan-zoom" */
export function slugify(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/**
 * The default folder name of a new article: the outlet id, then the original title's words
 * ("bisnis-taiwan-larang-instansi-pemerintah-gunakan-zoom"). Undefined when the title has no Latin
 * letters or digits (e.g. a Chinese headline): the editor then gives --slug.
 */
export function defaultArticleSlug(outlet: string, title: string): string | undefined {
  const words = slugify(title, 60 - outlet.length - 1);
  if (!words) return undefined;
  const slug = words.startsWith(`${outlet}-`) ? words : `${outlet}-${words}`;
  return idPattern.test(slug) ? slug : undefined;
}

export { originalUrlKey } from '../lib/content-ids.ts';
