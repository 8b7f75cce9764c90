/**
 * The files `npm run new:<kind>` writes. Every value given on the command line is filled in; what only
 * an editor can write is left empty (or as an invalid placeholder) with a `# WRITE:` comment, so
 * `npm run check` names each field that still needs text. New entries start as drafts.
 */
import { splitIds } from './fields.ts';

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
export const q = (value: string): string => JSON.stringify(value);

export interface ArticleInput {
  url: string;
  outlet: string;
  title: string;
  date: string;
  lang: string;
  authors: string[];
  /** The day the files are made, YYYY-MM-DD: the translation date until the editor changes it. */
  today: string;
}

export function articleIndexMdx(a: ArticleInput): string {
  const authors = a.authors.length
    ? `authors:\n${a.authors.map((n) => `  - ${q(n)}`).join('\n')}`
    : 'authors: [] # WRITE: who wrote the original, one per line, e.g.\n#  - "Nirmala Aninda"';
  return `---
# The translation's details. CONTRIBUTING.md explains every field; npm run check lists what is still missing.
title: "" # WRITE: the headline in the translation's language (English)
originalTitle: ${q(a.title)}
summary: "" # WRITE: one or two sentences in English: what the article says
# originalDek: "" # the outlet's dek (the line under the headline) exactly as published, if it has one
# dek: "" # that dek translated into English (give both or neither)
outlet: ${q(a.outlet)}
# section: "" # the outlet's section, e.g. "Kabar24", if it has one
${authors}
editors: [] # the original's editors, as credited
published: ${q(a.date)}
originalUrl: ${q(a.url)}
# archiveUrl: "https://web.archive.org/web/…" # a saved copy of the original (never made up: copy it from the archive)
originalLanguage: ${q(a.lang)}
language: "en"
translator: "" # WRITE: who translated it
translated: ${q(a.today)} # the day Lintas publishes it (its date in feeds): update it when you set draft: false
entities: # every entity the article involves; each <Entity id="…"> in the text must be listed here
  - ${q(a.outlet)}
events: [] # ids of the events the article reports, e.g. ["spacex-ban"]
tags: [] # free keywords, lower case with hyphens, e.g. ["taiwan", "cybersecurity"]
draft: true # set to false when the translation is ready to publish
---

{/* Translate original.md paragraph by paragraph below this line: one paragraph here for each paragraph there, in the same order, separated by one blank line. Notes go at the end of the paragraph they annotate. You may delete this comment. */}
`;
}

/** original.md starts empty: the editor pastes the original's paragraphs, separated by blank lines. */
export function articleOriginalMd(): string {
  return '';
}

export interface EntityInput {
  name: string;
  type: string;
  country?: string | undefined;
}

export function entityYaml(e: EntityInput): string {
  return `# A new entity. CONTRIBUTING.md explains every field; npm run check lists what is still missing.
name: ${q(e.name)}
type: ${q(e.type)}
aliases: [] # other names met in sources, each with its language, e.g.
#  - name: "行政院"
#    lang: "zh-Hant"
#    kind: "name" # name, acronym, former, translation, transliteration, description, variant or section
${e.country ? `country: ${q(e.country)}` : '# country: "" # ISO 3166-1 alpha-2 code, e.g. "TW"; leave out when no source gives it'}
# parent: "" # the id of the entity this one belongs to, e.g. a department's ministry
# wikidata: "" # e.g. "Q193701", only when verified in independent places; never guessed
description: "" # WRITE: one or two sentences in your own words: who this is and why it matters here
links: [] # official or reference pages, e.g.
#  - label: "Official site"
#    url: "https://…"
sources: [] # where the facts on this page come from, e.g.
#  - outlet: "Reuters"
#    url: "https://…"
#    date: "2020-04-01"
#    language: "en"
draft: true # set to false when it is ready to publish
`;
}

export interface EventInput {
  title: string;
  date: string;
  actor: string;
  action: string;
  subject?: string | undefined;
  sourceUrl?: string | undefined;
  sourceOutlet?: string | undefined;
  /** Publication day of the source, YYYY-MM-DD. */
  sourceDate?: string | undefined;
  /** The day the editor read it, YYYY-MM-DD. */
  sourceAccessed?: string | undefined;
}

export function eventYaml(e: EventInput): string {
  const actors = splitIds(e.actor);
  const actor = actors.length === 1 ? `actor: ${q(actors[0]!)}` : `actor:\n${actors.map((a) => `  - ${q(a)}`).join('\n')}`;
  const source =
    e.sourceUrl && e.sourceOutlet
      ? `sources:
  - outlet: ${q(e.sourceOutlet)}
    url: ${q(e.sourceUrl)}
    # title: "" # the headline as published
    ${e.sourceDate ? `date: ${q(e.sourceDate)}` : '# date: "" # the day the source was published, YYYY-MM-DD (only if the source says)'}
    ${e.sourceAccessed ? `accessed: ${q(e.sourceAccessed)}` : '# accessed: "" # the day you read it, YYYY-MM-DD'}
    # archiveUrl and archived: left to \`npm run archive\`, which records a snapshot
    # language: "en" # the source's language, if not English`
      : `sources: [] # WRITE: at least one source, e.g.
#  - outlet: "Reuters"
#    url: "https://…"
#    date: "2020-04-01" # publication day, only if the source says
#    accessed: "2026-11-28" # the day you read it
#    language: "en"
# (npm run archive then records archiveUrl and archived)`;
  return `# A new event. CONTRIBUTING.md explains every field; npm run check lists what is still missing.
title: ${q(e.title)}
date: ${q(e.date)}
# period: "" # with a month date such as "2020-04" only: "early", "mid" or "late"
# approximate: true # when the sources give the date only roughly
# reported: "" # when it was first reported, if that differs from the date
${actor}
${e.subject ? `subject: ${q(e.subject)}` : '# subject: "zoom" # what the actor acted on'}
action: ${q(e.action)}
# scope: "" # who or what the measure covers, e.g. "all employees"
# reason: "" # the reason the actor gave, in your own words or as a short quotation
summary: "" # WRITE: two or three sentences in your own words
${source}
confidence: "" # WRITE: "high" (primary source or reputable outlet) or "medium"
${e.action === 'reversal' ? 'reverses: "" # WRITE: the id of the event this one reverses\n' : ''}disputes: [] # where sources disagree: see CONTRIBUTING.md
draft: true # set to false when it is ready to publish
`;
}

export function nextSteps(kind: 'article' | 'entity' | 'event', files: string[]): string {
  const made = `Created ${files.join(' and ')} (a draft).`;
  if (kind === 'article') {
    const [index, original] = files;
    return `${made}

Next steps:
  1. Paste the original text into ${original}: its paragraphs only, exactly as published,
     separated by one blank line (no headline, no captions).
  2. Translate it paragraph by paragraph into ${index}, below the frontmatter:
     one paragraph for each original paragraph, in the same order, separated by one blank line.
  3. Fill in every field marked "# WRITE:" at the top of ${index}.
  4. Run npm run check: it lists what is still missing or wrong, with file, line and field.
  5. Run npm run dev and open http://localhost:4321/articles/ to preview (drafts show in dev).
  6. When it is ready, set draft: false, run npm run check again, and commit.
See CONTRIBUTING.md for the annotation components (Entity, TranslatorNote, ContextNote, ClaimCheck, Cite).`;
  }
  return `${made}

Next steps:
  1. Fill in every field marked "# WRITE:" in ${files[0]}, and cite your sources.
  2. Run npm run check: it lists what is still missing or wrong, with file, line and field.
  3. Run npm run dev to preview (drafts show in dev).
  4. When it is ready, set draft: false, run npm run check again, and commit.`;
}
