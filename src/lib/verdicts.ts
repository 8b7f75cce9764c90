/** Verdicts a claim check can give, from best to worst supported. */
export const verdicts = ['accurate', 'imprecise', 'misleading', 'unverified'] as const;
export type Verdict = (typeof verdicts)[number];
