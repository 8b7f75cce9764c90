/**
 * A source citation as HTML: outlet, title, date and link, with the recorded archive copy when there
 * is one. The one home of the citation's markup: an article's `<Cite>` (src/lib/article-body.ts) and
 * the site's source lists (src/components/Cite.astro) both render it from here. Pure.
 */
import { formatDay } from './dates.ts';
import { el, text, type Html } from './html.ts';
import { webUrl } from '../schemas/common.ts';

export interface CiteProps {
  outlet: string;
  /** Without url (a report the fact sheet names without its address) the citation is plain text. */
  url?: string | undefined;
  title?: string | undefined;
  /** Publication day, YYYY-MM-DD */
  date?: string | undefined;
  /** Where the text was read when the outlet's page was not available. */
  via?: string | undefined;
  /** A recorded snapshot and its day (both or neither). */
  archiveUrl?: string | undefined;
  archived?: string | undefined;
  /** The day the page was read, YYYY-MM-DD */
  accessed?: string | undefined;
  lang?: string | undefined;
}

const time = (day: string): Html => el('time', { datetime: day }, text(formatDay(day)));

/** `<cite class="cite">…</cite>`. Addresses are published normalised, and only http(s): ones (src/schemas/common.ts). */
export function citeHtml(props: CiteProps): Html {
  const { outlet, title, date, via, archived, accessed, lang } = props;
  const url = props.url === undefined ? undefined : webUrl(props.url);
  const archiveUrl = props.archiveUrl === undefined ? undefined : webUrl(props.archiveUrl);
  const named = title ? el('span', { lang }, text(`“${title}”`)) : text(outlet);
  const out: Html[] = [url ? el('a', { href: url, hreflang: lang }, named) : named];
  if (title) out.push(text(`, ${outlet}`));
  if (via) out.push(text(` (via ${via})`));
  if (date) out.push(', ', time(date));
  if (!url) out.push(' (no address on record)');
  if (accessed) out.push(', accessed ', time(accessed));
  if (archiveUrl) out.push(' (', el('a', { href: archiveUrl }, 'archived', ...(archived ? [' ', time(archived)] : [])), ')');
  return el('cite', { class: 'cite' }, ...out);
}
