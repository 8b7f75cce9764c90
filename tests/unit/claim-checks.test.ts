/** The claim checks read from an article's MDX: numbered as the page numbers its notes. */
import { describe, expect, it } from 'vitest';
import { claimChecksOf } from '../../src/lib/claim-checks.ts';

const mdx = `---
title: "x"
---
First paragraph. <TranslatorNote on="a" original="b">A note.</TranslatorNote>

Second <Entity id="zoom">Zoom</Entity> paragraph. <ClaimCheck claim="Zoom was banned" verdict="imprecise" original="Zoom dilarang">Sources say ... <Cite outlet="X" url="https://example.org/" /></ClaimCheck> <ContextNote>Context.</ContextNote>

Third. <ClaimCheck claim="It is safe" verdict="unverified">Nothing found.</ClaimCheck>

Fourth. <ClaimCheck claim="Bad" verdict="false">Not a verdict: left to the content check.</ClaimCheck> <ClaimCheck claim="Last" verdict="accurate">Yes.</ClaimCheck>
`;

describe('claimChecksOf', () => {
  const checks = claimChecksOf(mdx);
  it('numbers every note (translator, context, claim) in document order, as the page does', () => {
    expect(checks.map((c) => c.note)).toEqual([2, 4, 6]);
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
