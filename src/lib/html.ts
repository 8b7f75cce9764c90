/**
 * HTML written as strings, for the few places that render outside Astro's templates (an article's
 * body, a citation): every text and attribute value goes through html-escaper, the escaper Astro's
 * own templates use, so what is written here is escaped exactly as `{value}` in a component is.
 * Pure.
 */
import { escape } from 'html-escaper';

/** Safe HTML: a string that is already markup (built by `el`, or escaped by `text`). */
export type Html = string & { readonly __html?: true };

/** Text as HTML: `<`, `>`, `&`, `"` and `'` escaped. */
export const text = (value: string): Html => escape(value);

/**
 * An element: `attrs` are escaped (an undefined value leaves the attribute out), `children` are HTML
 * already (use `text()` for text). Tag and attribute names are the caller's literals, never content.
 */
export function el(tag: string, attrs: Record<string, string | undefined> | null, ...children: Html[]): Html {
  let open = `<${tag}`;
  if (attrs) for (const [name, value] of Object.entries(attrs)) if (value !== undefined) open += ` ${name}="${escape(value)}"`;
  return VOID.has(tag) ? `${open}>` : `${open}>${children.join('')}</${tag}>`;
}

const VOID = new Set(['br', 'hr', 'img', 'wbr']);
