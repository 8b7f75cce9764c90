/** An article's claim checks, for its ClaimReview: from the same pass that renders and numbers its notes. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkMdxDialect } from '../../src/checks/check-mdx.ts';
import { articleBody } from '../../src/lib/article-body.ts';

const ctx = { original: [], originalLanguage: 'id', originalLanguageName: 'Indonesian', url: (p: string) => p };
/** Rendered as the page renders it (a verdict not ours is a problem for the content check, not here). */
const bodyOf = (mdx: string) => articleBody(checkMdxDialect(mdx, 'x.mdx').paragraphs, ctx);
const claimChecksOf = (mdx: string) => bodyOf(mdx).claimChecks;

const mdx = `---
title: "x"
---
First paragraph. <TranslatorNote on="a" original="b">A note.</TranslatorNote>

Second <Entity id="zoom">Zoom</Entity> paragraph. <ClaimCheck claim="Zoom was banned" verdict="imprecise" original="Zoom dilarang">Sources say ... <Cite outlet="X" url="https://example.org/" /></ClaimCheck> <ContextNote>Context.</ContextNote>

Third. <ClaimCheck claim="It is safe" verdict="unverified">Nothing found.</ClaimCheck>

Fourth. <ClaimCheck claim="Bad" verdict="false">Not a verdict: left to the content check.</ClaimCheck> <ClaimCheck claim="Last" verdict="accurate">Yes.</ClaimCheck>
`;

describe('claim checks', () => {
  const checks = claimChecksOf(mdx);
  it('numbers every note (translator, context, claim) in document order, each the note of that number on the page', () => {
    expect(checks.map((c) => c.note)).toEqual([2, 4, 6]);
    const page = parse(bodyOf(mdx).html);
    for (const c of checks) {
      const note = page.getElementById(`note-${c.note}`);
      expect(note?.getAttribute('data-note-kind')).toBe('claim');
      expect(note?.querySelector('.note-on')?.text).toBe(`on “${c.claim}”`);
    }
  });
  it('gives each claim check its claim, verdict and original wording when there is one', () => {
    expect(checks[0]).toEqual({ note: 2, claim: 'Zoom was banned', verdict: 'imprecise', original: 'Zoom dilarang' });
    expect(checks[1]).toEqual({ note: 4, claim: 'It is safe', verdict: 'unverified' });
  });
  it('leaves out a claim check whose verdict is not one of ours (the content check reports it), keeping the numbering', () => {
    expect(checks.map((c) => c.claim)).toEqual(['Zoom was banned', 'It is safe', 'Last']);
    expect(checks[2]!.note).toBe(6);
  });
  it('finds nothing in an article without claim checks', () => {
    expect(claimChecksOf('Just text. <TranslatorNote>n</TranslatorNote>\n')).toEqual([]);
  });
});
