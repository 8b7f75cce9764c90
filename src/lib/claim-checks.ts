/**
 * The claim checks of an article, read from its MDX syntax tree, for the page's ClaimReview JSON-LD.
 *
 * Why from the tree and not collected while rendering: the JSON-LD goes in the <head>, which Astro
 * renders before the body where <ClaimCheck> runs, and Astro 7 renders sibling components ahead of
 * their turn, so state set by the body is not reliably there when the head (or anything after
 * <Content />) is written. The MDX is parsed with the parser Astro itself uses (satteri), as the
 * content check does, so the tree is the one that is rendered.
 *
 * Notes are numbered as src/lib/article-body.ts numbers them: every TranslatorNote, ContextNote and ClaimCheck in
 * document order, from 1, so claim check k is `#note-<n>` on the page (a build test holds the two
 * to each other). Pure, given the MDX text; only for use in Node (satteri is a native module).
 */
import { mdxToMdast } from 'satteri';
import { MDX_FEATURES } from '../checks/check-mdx.ts';
import { verdicts, type Verdict } from './verdicts.ts';
import { NOTE_COMPONENTS } from '../schemas/annotations.ts';

export interface ClaimCheckRecord {
  /** The note's number on the page: its anchor is `note-<n>`. */
  note: number;
  /** The article's statement, in the translation's words. */
  claim: string;
  verdict: Verdict;
  /** The original wording, in the original language, when given. */
  original?: string | undefined;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** The attribute's value; the last one if it is written twice, as the page renders it (src/lib/article-body.ts). */
const attr = (node: Node, name: string): string | undefined => {
  const value = node.attributes?.findLast((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** Every <ClaimCheck> with its note number. A claim check without a valid claim and verdict is left out (the content check reports it). */
export function claimChecksOf(mdx: string): ClaimCheckRecord[] {
  return claimChecksIn(mdxToMdast(mdx, MDX_FEATURES) as unknown as Node);
}

/** The same, from a tree already parsed (the content check's, src/reader/read-content.ts `dialectOf`). */
export function claimChecksIn(root: Node): ClaimCheckRecord[] {
  const out: ClaimCheckRecord[] = [];
  let notes = 0;
  const walk = (node: Node) => {
    for (const child of node.children ?? []) {
      const isElement = child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement';
      if (isElement && NOTE_COMPONENTS.has(child.name ?? '')) {
        notes += 1;
        if (child.name === 'ClaimCheck') {
          const claim = attr(child, 'claim');
          const verdict = attr(child, 'verdict');
          if (claim?.trim() && verdict && (verdicts as readonly string[]).includes(verdict)) {
            const original = attr(child, 'original');
            out.push({ note: notes, claim, verdict: verdict as Verdict, ...(original !== undefined ? { original } : {}) });
          }
        }
      }
      walk(child);
    }
  };
  walk(root);
  return out;
}
