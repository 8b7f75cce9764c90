/**
 * Checks an article's MDX body: it parses, it is paragraphs only (each pairs with one original
 * paragraph), it uses only the annotation components with their props, entity mentions are listed in
 * the frontmatter, and a note's `original` words occur in the paragraph it annotates.
 * Only for use in Node (checks, CLI): it parses with the same MDX parser Astro uses (satteri).
 */
import { mdxToMdast } from 'satteri';
import { annotationComponents, verdicts } from '../lib/verdicts.ts';
import { checkAlignment } from '../lib/paragraphs.ts';
import { httpUrl, isoDay } from '../schemas/common.ts';
import type { Problem } from './problem.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const NOTES = new Set(['TranslatorNote', 'ContextNote', 'ClaimCheck']);

export interface MdxFacts {
  /** Entity ids mentioned with <Entity>. */
  mentions: Set<string>;
  paragraphs: number;
}

export function checkArticleMdx(
  source: string,
  ctx: { file: string; original: string[] | undefined; originalFile: string; frontmatterEntities: string[]; knownEntities: Set<string> },
): { problems: Problem[]; facts: MdxFacts } {
  const problems: Problem[] = [];
  const facts: MdxFacts = { mentions: new Set(), paragraphs: 0 };
  const add = (line: number | undefined, field: string, message: string, hint?: string) => problems.push({ file: ctx.file, line, field, message, hint });

  let root: Node;
  try {
    root = mdxToMdast(source) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /^(\d+):\d+/.exec(message)?.[1];
    add(line ? Number(line) : undefined, 'body', `the MDX does not parse: ${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w:-]+\)$/, '')}`, 'close every <Component> you open, and write { and < as \\{ and &lt; in text');
    return { problems, facts };
  }

  const paragraphs: Node[] = [];
  for (const node of root.children ?? []) {
    const line = node.position?.start.line;
    if (node.type === 'yaml') continue;
    if (node.type === 'paragraph') {
      paragraphs.push(node);
      continue;
    }
    if (node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) continue; // {/* comment */}
    if (node.type === 'mdxJsxFlowElement') {
      add(line, 'body', `<${node.name}> stands on a line of its own, outside any paragraph`, 'put it at the end of the paragraph it belongs to, on the same line as the text');
      continue;
    }
    if (node.type === 'mdxjsEsm') {
      add(line, 'body', 'imports and exports are not needed in articles', 'remove the line: the annotation components are available without importing them');
      continue;
    }
    add(line, 'body', `a ${node.type} is not allowed here: the translation is plain paragraphs, one per original paragraph`, 'turn it into a paragraph, or move its content into a note');
  }
  facts.paragraphs = paragraphs.length;

  if (ctx.original === undefined) {
    add(undefined, 'original', `no original text beside the translation`, `add ${ctx.originalFile} with the original's paragraphs separated by blank lines`);
  } else if (ctx.original.length === 0) {
    add(undefined, 'original', `${ctx.originalFile} is empty`, "paste the original's paragraphs into it, exactly as published, separated by blank lines");
  } else {
    const alignment = checkAlignment(paragraphs.length, ctx.original.length);
    if (alignment) add(paragraphs[Math.min(paragraphs.length, ctx.original.length)]?.position?.start.line, 'body', alignment.message);
  }

  paragraphs.forEach((paragraph, index) => {
    const originalParagraph = ctx.original?.[index];
    const children = (paragraph.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
    let seenNote = false;
    for (const child of children) {
      const isNote = child.type === 'mdxJsxTextElement' && NOTES.has(child.name ?? '');
      if (seenNote && !isNote) {
        add(child.position?.start.line, `paragraph ${index + 1}`, 'text follows a note', 'notes go at the end of the paragraph they annotate; move the note after the last sentence');
        break;
      }
      if (isNote) seenNote = true;
    }
    walk(paragraph, (node, insideNote) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const line = node.position?.start.line;
      const name = node.name ?? '';
      if (!name) {
        add(line, `paragraph ${index + 1}`, 'a fragment <>…</> is not allowed', 'remove it');
        return;
      }
      if (/^[a-z]/.test(name)) return; // plain HTML such as <abbr> or <sup>
      const spec = annotationComponents[name];
      if (!spec) {
        add(line, `<${name}>`, 'unknown annotation component', `use one of ${Object.keys(annotationComponents).map((n) => `<${n}>`).join(', ')}`);
        return;
      }
      if (NOTES.has(name) && insideNote) add(line, `<${name}>`, 'a note inside another note', 'give each note its own place at the end of the paragraph');
      const props = new Map<string, string>();
      for (const attr of node.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
          add(line, `<${name}>`, 'spread attributes {...} are not allowed', 'write each attribute as name="value"');
          continue;
        }
        if (!spec.allowed.includes(attr.name)) {
          add(line, `<${name}> ${attr.name}`, 'is not an attribute of this component', `allowed: ${spec.allowed.join(', ')}`);
          continue;
        }
        if (typeof attr.value !== 'string') {
          add(line, `<${name}> ${attr.name}`, 'must be plain text in quotes', `write ${attr.name}="…"`);
          continue;
        }
        props.set(attr.name, attr.value);
      }
      for (const required of spec.required) {
        if (!props.has(required) && !(node.attributes ?? []).some((a) => a.name === required)) add(line, `<${name}> ${required}`, 'is missing', `add ${required}="…"`);
      }
      checkProps(name, props, line, index, originalParagraph);
    });
  });

  function checkProps(name: string, props: Map<string, string>, line: number | undefined, index: number, originalParagraph: string | undefined) {
    const field = (prop: string) => `<${name}> ${prop}`;
    if (name === 'Entity') {
      const id = props.get('id');
      if (id === undefined) return;
      facts.mentions.add(id);
      if (!ctx.knownEntities.has(id)) add(line, field('id'), `no entity "${id}"`, `add content/entities/${id}.yaml or fix the id`);
      else if (!ctx.frontmatterEntities.includes(id)) add(line, field('id'), `"${id}" is mentioned but not listed in the frontmatter's entities`, `add ${id} to "entities:" at the top of the file`);
    }
    if (name === 'ClaimCheck') {
      const verdict = props.get('verdict');
      if (verdict !== undefined && !(verdicts as readonly string[]).includes(verdict)) add(line, field('verdict'), `"${verdict}" is not a verdict`, `use one of ${verdicts.join(', ')}`);
    }
    if (name === 'Cite') {
      for (const key of ['url', 'archiveUrl']) {
        const value = props.get(key);
        if (value !== undefined && !httpUrl.safeParse(value).success) add(line, field(key), `"${value}" is not a web address`, 'use a full address starting with https://');
      }
      const date = props.get('date');
      if (date !== undefined && !isoDay.safeParse(date).success) add(line, field('date'), `"${date}" is not a date`, 'write it YYYY-MM-DD, e.g. 2020-04-08');
    }
    const original = props.get('original');
    if (original !== undefined && originalParagraph !== undefined && !normalise(originalParagraph).includes(normalise(original))) {
      add(line, field('original'), `"${original}" does not occur in paragraph ${index + 1} of the original`, 'copy the words exactly as the original paragraph has them');
    }
  }

  return { problems, facts };
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

function walk(node: Node, visit: (node: Node, insideNote: boolean) => void, insideNote = false) {
  for (const child of node.children ?? []) {
    visit(child, insideNote);
    walk(child, visit, insideNote || ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && NOTES.has(child.name ?? '')));
  }
}
