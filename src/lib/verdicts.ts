/** Verdicts a claim check can give, from best to worst supported. */
export const verdicts = ['accurate', 'imprecise', 'misleading', 'unverified'] as const;
export type Verdict = (typeof verdicts)[number];

/**
 * When each verdict is given: the definitions /methods/ publishes (each at #verdict-<name>), and
 * what every verdict badge on the site links to.
 */
export const verdictDefinitions: Record<Verdict, string> = {
  accurate: 'The primary sources, or reputable outlets reporting them, say what the article says, in substance and in its details.',
  imprecise:
    'The sources support the gist, but a detail is off: the measure is stronger or weaker than they say, or its scope, its date, who took it or a figure differs from theirs.',
  misleading:
    'The words may be literally true, but as put they lead a reader to a conclusion the sources do not support, or leave out a fact that changes the meaning.',
  unverified: 'We found no primary source or reputable outlet that confirms or refutes it. This is not a finding that the claim is false.',
};

/**
 * The verdicts as schema.org ClaimReview ratings (`reviewRating`), for fact-check tools.
 *
 * The scale is how well the sources support the claim, the order of `verdicts` above: 4 (accurate)
 * is the best rating, 1 (unverified) the worst. It is not a scale of falsehood: "unverified" is at
 * the bottom because nothing we found supports the claim, not because it was shown false, and Lintas
 * has no "false" verdict. `alternateName` is the verdict in words, as shown on the page; Google's
 * fact-check guidance requires it and recommends the numbers. /methods/#rating publishes this table.
 */
export const RATING_SCALE = { worstRating: 1, bestRating: 4 } as const;
export const verdictRatings: Record<Verdict, { ratingValue: number; alternateName: string }> = {
  accurate: { ratingValue: 4, alternateName: 'Accurate' },
  imprecise: { ratingValue: 3, alternateName: 'Imprecise' },
  misleading: { ratingValue: 2, alternateName: 'Misleading' },
  unverified: { ratingValue: 1, alternateName: 'Unverified' },
};
