/**
 * The closed MDX dialect of articles, enforced on the syntax tree of the MDX parser Astro itself uses
 * (satteri), before anything is compiled or evaluated. An article body may hold only:
 * - top-level paragraphs (each pairs with one paragraph of the original);
 * - inside them: text, *emphasis*, **strong**, ~~deleted~~, `code`, line breaks, and links to https:
 *   addresses or to pages of this site (`/entities/zoom/`);
 * - the annotation components of src/schemas/annotations.ts, with their props as plain text in quotes,
 *   validated by their schemas;
 * - MDX comments `{/* ... *\/}` that hold nothing but one comment.
 * Everything else is a problem: import/export, every JavaScript expression (inline, on its own line,
 * in attributes, hidden between comments), raw HTML elements and attributes, other components,
 * fragments, spread attributes, images, reference links and definitions, headings, lists, quotes,
 * code blocks, tables, and any other URL scheme.
 * `checkArticleMdx` adds the checks that need the article's context: paragraph pairing with the
 * original, entity mentions listed in the frontmatter, a note's `original` words in its paragraph.
 * Only for use in Node (the content reader, src/reader/read-content.ts, and the content check).
 */
import { mdxToMdast } from 'satteri';
import { checkAlignment } from '../lib/paragraphs.ts';
import { allowedProps, annotationSchemas, EMPTY_COMPONENTS, isAnnotation, NOTE_COMPONENTS } from '../schemas/annotations.ts';
import { articleLinkTarget, showsNothing, textIssue } from '../schemas/common.ts';
import { fieldPath, type Problem } from './problem.ts';
import { noteAccess } from '../reader/files.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  position?: { start: { line: number } } | undefined;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** Inline Markdown that renders as harmless markup around text. */
const INLINE_MARKDOWN = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break']);

const NOT_ALLOWED: Record<string, [string, string]> = {
  mdxjsEsm: ['import and export are not allowed in articles: an article is data, never code', 'remove the line; the annotation components need no import'],
  mdxFlowExpression: [
    'a JavaScript expression {…} is not allowed in articles: an article is data, never code',
    'remove it; to write a curly brace in text, escape it as \\{',
  ],
  mdxTextExpression: [
    'a JavaScript expression {…} is not allowed in articles: an article is data, never code',
    'remove it; to write a curly brace in text, escape it as \\{',
  ],
  image: ['images are not allowed in the translation', 'remove it; describe the image in a note if it matters'],
  imageReference: ['images are not allowed in the translation', 'remove it'],
  linkReference: ['reference-style links [text][ref] are not allowed', 'write the link inline: [text](https://...)'],
  definition: ['link definitions [ref]: url are not allowed', 'write links inline: [text](https://...)'],
  footnoteReference: ['footnotes are not allowed', 'use a <TranslatorNote> or <ContextNote> at the end of the paragraph'],
  footnoteDefinition: ['footnotes are not allowed', 'use a <TranslatorNote> or <ContextNote> at the end of the paragraph'],
  html: ['raw HTML is not allowed in articles', 'remove it; use Markdown (*emphasis*, [link](https://...)) or an annotation component'],
};

/**
 * Longest block of the body (lines between blank lines), in characters, checked before parsing. The
 * parser's cost grows with the square of a paragraph's length for some input: one 300 kB paragraph
 * of `&amp;` took 11 s and 5 GB of memory, one of `a <` repeated, minutes. The longest paragraph of
 * the seed article, notes included, is about 2,700 characters.
 */
export const MAX_BLOCK_CHARS = 10_000;

/** Deepest nesting of inline formatting and components (the seed article needs 3). */
export const MAX_NESTING = 12;

/**
 * How articles are parsed: as @astrojs/mdx parses MDX by default (GFM, and smart punctuation: "quotes"
 * become “quotes”, -- an en dash, ... an ellipsis), since the page renders this very tree
 * (src/lib/article-body.ts).
 */
const MDX_FEATURES = { features: { gfm: true, smartPunctuation: true } } as const;

export interface Dialect {
  problems: Problem[];
  /** The top-level paragraphs, when the file parses. */
  paragraphs: Node[];
  /** False when the body was not parsed (too long a paragraph, or a syntax error). */
  parsed: boolean;
}

export type { Node as MdxNode };

/** Parses an article's MDX and checks it against the closed dialect. Never compiles or runs it. */
export function checkMdxDialect(source: string, file: string): Dialect {
  const problems: Problem[] = [];
  const paragraphs: Node[] = [];
  const add = (node: Node | undefined, field: string, message: string, hint?: string) =>
    problems.push({ file, line: node?.position?.start.line, field, message, hint });

  const long = longBlock(source);
  if (long) {
    problems.push({
      file,
      line: long.line,
      field: 'body',
      message: `a paragraph of ${long.length} characters, over the limit of ${MAX_BLOCK_CHARS} (it is not read further)`,
      hint: 'split it with a blank line, or shorten it',
    });
    return { problems, paragraphs, parsed: false };
  }
  let root: Node;
  noteAccess('mdx', file);
  try {
    root = mdxToMdast(source, MDX_FEATURES) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /^(\d+):\d+/.exec(message)?.[1];
    problems.push({
      file,
      line: line ? Number(line) : undefined,
      field: 'body',
      message: `the MDX does not parse: ${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w:-]+\)$/, '')}`,
      hint: 'close every <Component> you open, and write { and < as \\{ and &lt; in text',
    });
    return { problems, paragraphs, parsed: false };
  }

  (root.children ?? []).forEach((node, index) => {
    if (node.type === 'yaml' && index === 0) return;
    if (node.type === 'paragraph') {
      paragraphs.push(node);
      checkInline(node, `paragraph ${paragraphs.length}`, false);
      // A numbered paragraph with nothing in it, paired with an original: only invisible characters (a
      // zero-width space), a comment or an empty link.
      if (!hasWords(node))
        add(
          node,
          `paragraph ${paragraphs.length}`,
          'shows nothing: it has no words, only invisible characters, comments or empty links',
          'write the paragraph, or delete the line',
        );
      return;
    }
    if (isComment(node)) return;
    if (NOT_ALLOWED[node.type]) {
      add(node, 'body', ...NOT_ALLOWED[node.type]!);
    } else if (node.type === 'mdxJsxFlowElement' && !isAnnotation(node.name ?? '')) {
      element(node, 'body');
    } else if (node.type === 'mdxJsxFlowElement') {
      add(
        node,
        'body',
        `<${node.name}> stands on a line of its own, outside any paragraph`,
        'put it at the end of the paragraph it belongs to, on the same line as the text',
      );
    } else
      add(
        node,
        'body',
        `a ${describe(node.type)} is not allowed here: the translation is plain paragraphs, one per original paragraph`,
        'turn it into a paragraph, or move its content into a note',
      );
  });
  return { problems, paragraphs, parsed: true };

  /**
   * `link` is what the words are inside of that renders as a link (<a>): "<Entity>" or "a link";
   * `formatted`, whether they are inside *emphasis*, **strong** or ~~deleted~~ text.
   */
  function checkInline(parent: Node, where: string, insideNote: boolean, link?: '<Entity>' | 'a link', depth = 1, formatted = false): void {
    if (depth > MAX_NESTING) {
      add(parent, where, `formatting and components nested more than ${MAX_NESTING} deep`, 'take out the extra *, ** and tags around the words');
      return;
    }
    for (const node of parent.children ?? []) {
      if (node.type === 'text' || node.type === 'inlineCode') {
        // `code` is words on the page like any text: the same characters are refused in it.
        const issue = typeof node.value === 'string' ? textIssue(node.value, { multiline: true }) : undefined;
        if (issue) add(node, where, `the ${node.type === 'text' ? 'text' : '`code`'} ${issue}`);
        continue;
      }
      if (INLINE_MARKDOWN.has(node.type)) {
        checkInline(node, where, insideNote, link, depth + 1, true);
        continue;
      }
      if (isComment(node)) continue;
      if (node.type === 'link') {
        // A title [words](https://... "title") is shown as a tooltip: text like any other.
        const title = (node as { title?: unknown }).title;
        const titleIssue = typeof title === 'string' ? textIssue(title, { multiline: true }) : undefined;
        if (titleIssue) add(node, where, `the link's title ${titleIssue}`);
        // An https: address, or a path on this site ("/entities/zoom/", not "//elsewhere"): what the page links.
        if (articleLinkTarget(node.url ?? '') === undefined) add(node, where, ...refusedLink(node));
        if (link)
          add(node, where, `a link inside ${link}`, link === '<Entity>' ? 'an entity mention is already a link; take the link out' : 'take the inner link out');
        if (!hasWords(node)) add(node, where, 'a link without words', 'write the words to click between the brackets: [words](https://...)');
        checkInline(node, where, insideNote, link ?? 'a link', depth + 1, formatted);
        continue;
      }
      if (node.type === 'mdxJsxTextElement') {
        const name = node.name ?? '';
        if (!element(node, where)) continue;
        // <Entity> renders a link and a note an <aside>: neither may sit inside a link (<a> in <a> is not HTML).
        if (link)
          add(
            node,
            `<${name}>`,
            `a component inside ${link}`,
            link === '<Entity>' ? 'an entity mention holds only its words' : 'a link holds only words; put the component after the link',
          );
        if (NOTE_COMPONENTS.has(name) && insideNote)
          add(node, `<${name}>`, 'a note inside another note', 'give each note its own place at the end of the paragraph');
        // The page sets a paragraph's notes apart from its words, after the original: a note inside
        // formatting would be rendered in the middle of the words instead, in italics or struck through.
        if (NOTE_COMPONENTS.has(name) && formatted && !insideNote)
          add(
            node,
            `<${name}>`,
            'a note inside *emphasis*, **strong** or ~~deleted~~ text',
            'take the note out of the formatting, to the end of the paragraph',
          );
        // An empty mention is a link no one sees, and an empty note a numbered box with nothing in it.
        if ((name === 'Entity' || NOTE_COMPONENTS.has(name)) && !hasWords(node))
          add(node, `<${name}>`, name === 'Entity' ? 'mentions no words' : 'holds no text', `write the words between <${name} …> and </${name}>`);
        if (EMPTY_COMPONENTS.has(name) && (node.children ?? []).length > 0)
          add(node, `<${name}>`, 'takes no text between its tags', `write it as <${name} ... />`);
        checkInline(
          node,
          where,
          insideNote || NOTE_COMPONENTS.has(name),
          link ?? (name === 'Entity' ? '<Entity>' : undefined),
          depth + 1,
          formatted && !NOTE_COMPONENTS.has(name),
        );
        continue;
      }
      if (NOT_ALLOWED[node.type]) add(node, where, ...NOT_ALLOWED[node.type]!);
      else add(node, where, `a ${describe(node.type)} is not allowed inside a paragraph`, 'keep to text, emphasis, links and the annotation components');
    }
  }

  /** Checks an element's name and props; true when it is an annotation component (its children are then checked). */
  function element(node: Node, where: string): boolean {
    const name = node.name ?? '';
    if (!name) {
      add(node, where, 'a fragment <>…</> is not allowed', 'remove the empty tags');
      return false;
    }
    if (!isAnnotation(name)) {
      if (/^[a-z]/.test(name) || /[.:]/.test(name))
        add(
          node,
          `<${name}>`,
          'raw HTML is not allowed in articles',
          'remove the tag; use Markdown (*emphasis*, [link](https://...)) or an annotation component',
        );
      else
        add(
          node,
          `<${name}>`,
          'unknown annotation component',
          `use one of ${Object.keys(annotationSchemas)
            .map((n) => `<${n}>`)
            .join(', ')}`,
        );
      return false;
    }
    const props: Record<string, string> = {};
    let propsOk = true;
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxAttribute' && attr.name && Object.hasOwn(props, attr.name)) {
        // The page renders the last value, and a reader of the tree taking the first would show another
        // (the ClaimReview JSON-LD gave the first claim and verdict while the page showed the last).
        add(node, `<${name}> ${attr.name}`, 'is written twice', `keep one ${attr.name}="…"`);
        propsOk = false;
      } else if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        add(node, `<${name}>`, 'spread attributes {...} are not allowed: an article is data, never code', 'write each attribute as name="value"');
        propsOk = false;
      } else if (!allowedProps(name).includes(attr.name)) {
        add(node, `<${name}> ${attr.name}`, 'is not an attribute of this component', `allowed: ${allowedProps(name).join(', ')}`);
        propsOk = false;
      } else if (typeof attr.value !== 'string') {
        add(
          node,
          `<${name}> ${attr.name}`,
          attr.value === null || attr.value === undefined ? 'has no value' : 'must be plain text in quotes, not a JavaScript expression',
          `write ${attr.name}="…"`,
        );
        propsOk = false;
      } else {
        props[attr.name] = attr.value;
      }
    }
    if (propsOk) {
      const result = annotationSchemas[name].safeParse(props);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const prop = fieldPath(issue.path);
          const missing = issue.code === 'invalid_type' && props[prop] === undefined;
          add(node, `<${name}> ${prop}`, missing ? 'is missing' : issue.message, missing ? `add ${prop}="…"` : undefined);
        }
      }
    }
    return true;
  }
}

/** The first block (lines between blank lines) longer than MAX_BLOCK_CHARS, with its first line. */
function longBlock(source: string): { line: number; length: number } | undefined {
  let start = 1;
  let length = 0;
  const lines = source.split('\n');
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.trim() === '') {
      if (length > MAX_BLOCK_CHARS) return { line: start, length };
      start = i + 2;
      length = 0;
    } else length += line.length + 1;
  }
  return undefined;
}

/**
 * Why a link is refused, and what to do. A web or e-mail address written as plain text
 * (`www.example.com`, `name@example.com`, `http://...`) becomes a link by itself (GFM), so the editor
 * hears about the address as they wrote it, not about a link they never made.
 */
function refusedLink(node: Node): [string, string] {
  const url = node.url ?? '';
  const only = node.children?.length === 1 && node.children[0]!.type === 'text' ? String(node.children[0]!.value) : undefined;
  const bare = only !== undefined && [only, `http://${only}`, `mailto:${only}`].includes(url);
  if (bare && url.startsWith('mailto:'))
    return [`the e-mail address "${only}" in the text becomes a link, and e-mail links are not allowed`, `write it as code, \`${only}\`, or leave it out`];
  if (bare)
    return [
      `"${only}" in the text becomes a link to ${url}, and links go to https:// addresses only`,
      `write the https address (https://${only.replace(/^https?:\/\//, '')}) if the site has one, or write it as code: \`${only}\``,
    ];
  return [`the link address "${url}" is not allowed`, 'links go to https:// addresses or to pages of this site (starting with /)'];
}

/** Whether a link or component holds something a reader sees: words, `code` or a citation. */
function hasWords(node: Node): boolean {
  return (node.children ?? []).some((child) =>
    child.type === 'text' || child.type === 'inlineCode'
      ? !showsNothing(String(child.value ?? ''))
      : (child.type === 'mdxJsxTextElement' && child.name === 'Cite') || (!isComment(child) && hasWords(child)),
  );
}

/** `{/* … *\/}`: an MDX expression that is exactly one block comment and nothing else (it renders as nothing). */
export function isComment(node: Node): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  const value = String(node.value ?? '').trim();
  return value.startsWith('/*') && value.endsWith('*/') && value.indexOf('*/') === value.length - 2;
}

const describe = (type: string) =>
  ({
    heading: 'heading',
    list: 'list',
    blockquote: 'quotation block',
    code: 'code block',
    thematicBreak: 'horizontal rule',
    table: 'table',
    toml: 'TOML block',
    yaml: 'second frontmatter block',
    mdxJsxFlowElement: 'component',
  })[type] ?? type;

export interface MdxFacts {
  /** Entity ids mentioned with <Entity>. */
  mentions: Set<string>;
  paragraphs: number;
}

/**
 * The dialect plus the article's own rules. `frontmatterEntities` is undefined when the frontmatter
 * did not validate: mentions are then not compared with it (one bad field is one problem, not one per
 * mention).
 */
export function checkArticleMdx(
  source: string,
  ctx: {
    file: string;
    original: string[] | undefined;
    originalFile: string;
    originalRefused?: boolean | undefined;
    frontmatterEntities: string[] | undefined;
    knownEntities: Set<string>;
    dialect?: Dialect | undefined;
  },
): { problems: Problem[]; facts: MdxFacts } {
  const dialect = ctx.dialect ?? checkMdxDialect(source, ctx.file);
  const { paragraphs, parsed } = dialect;
  const problems = [...dialect.problems];
  const facts: MdxFacts = { mentions: new Set(), paragraphs: paragraphs.length };
  const add = (line: number | undefined, field: string, message: string, hint?: string) => problems.push({ file: ctx.file, line, field, message, hint });
  if (!parsed) return { problems, facts };

  if (ctx.original === undefined) {
    if (!ctx.originalRefused)
      add(undefined, 'original', 'no original text beside the translation', `add ${ctx.originalFile} with the original's paragraphs separated by blank lines`);
  } else if (ctx.original.length === 0) {
    add(undefined, 'original', `${ctx.originalFile} is empty`, "paste the original's paragraphs into it, exactly as published, separated by blank lines");
  } else {
    // The original is shown on the page beside the translation: the characters text may not hold are
    // refused in it as in the translation.
    ctx.original.forEach((paragraph, index) => {
      const issue = showsNothing(paragraph) ? 'shows nothing: it holds only invisible characters' : textIssue(paragraph, { multiline: true });
      if (issue)
        problems.push({
          file: ctx.originalFile,
          field: `paragraph ${index + 1}`,
          message: `the text ${issue}`,
          hint: 'copy the paragraph again from the published page, or retype the characters around it',
        });
    });
    const alignment = checkAlignment(paragraphs.length, ctx.original.length);
    if (alignment) add(paragraphs[Math.min(paragraphs.length, ctx.original.length)]?.position?.start.line, 'body', alignment.message);
  }

  paragraphs.forEach((paragraph, index) => {
    const originalParagraph = ctx.original?.[index];
    const children = (paragraph.children ?? []).filter((c) => !(c.type === 'text' && !String(c.value ?? '').trim()) && !isComment(c));
    let seenNote = false;
    for (const child of children) {
      const isNote = child.type === 'mdxJsxTextElement' && NOTE_COMPONENTS.has(child.name ?? '');
      if (seenNote && !isNote) {
        add(
          child.position?.start.line,
          `paragraph ${index + 1}`,
          'text follows a note',
          'notes go at the end of the paragraph they annotate; move the note after the last sentence',
        );
        break;
      }
      if (isNote) seenNote = true;
    }
    walk(paragraph, (node) => {
      if (node.type !== 'mdxJsxTextElement' || !isAnnotation(node.name ?? '')) return;
      const line = node.position?.start.line;
      const props = new Map((node.attributes ?? []).filter((a) => typeof a.value === 'string' && a.name).map((a) => [a.name!, a.value as string]));
      const id = node.name === 'Entity' ? props.get('id') : undefined;
      if (id !== undefined) {
        facts.mentions.add(id);
        if (!ctx.knownEntities.has(id)) add(line, '<Entity> id', `no entity "${id}"`, `add content/entities/${id}.yaml or fix the id`);
        else if (ctx.frontmatterEntities && !ctx.frontmatterEntities.includes(id))
          add(line, '<Entity> id', `"${id}" is mentioned but not listed in the frontmatter's entities`, `add ${id} to "entities:" at the top of the file`);
      }
      const original = props.get('original');
      if (original !== undefined && originalParagraph !== undefined && !normalise(originalParagraph).includes(normalise(original))) {
        add(
          line,
          `<${node.name}> original`,
          `"${original}" does not occur in paragraph ${index + 1} of the original`,
          'copy the words exactly as the original paragraph has them',
        );
      }
    });
  });

  return { problems, facts };
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Forgets the line numbers of a checked tree, once its problems are known: the tree is kept for the
 * article's page (src/lib/article-body.ts), which needs none, and a unist position is three objects
 * per node, about half the tree's memory (satteri's docs). At 5,000 articles the trees held live
 * through the build made Astro's thread spend seconds more in garbage collection.
 */
export function forgetPositions(nodes: readonly Node[]): void {
  for (const node of nodes) {
    if (node.position) node.position = undefined;
    if (node.children) forgetPositions(node.children);
  }
}

function walk(node: Node, visit: (node: Node) => void) {
  for (const child of node.children ?? []) {
    visit(child);
    walk(child, visit);
  }
}
