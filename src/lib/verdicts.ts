/** Verdicts a claim check can give, from best to worst supported. */
export const verdicts = ['accurate', 'imprecise', 'misleading', 'unverified'] as const;
export type Verdict = (typeof verdicts)[number];

/** The annotation components an article's MDX may use, with the props each requires. */
export const annotationComponents: Record<string, { required: string[]; allowed: string[] }> = {
  Entity: { required: ['id'], allowed: ['id'] },
  TranslatorNote: { required: [], allowed: ['on', 'original'] },
  ContextNote: { required: [], allowed: ['on', 'original'] },
  ClaimCheck: { required: ['claim', 'verdict'], allowed: ['claim', 'verdict', 'original'] },
  Cite: { required: ['outlet', 'url'], allowed: ['outlet', 'url', 'title', 'date', 'via', 'archiveUrl', 'lang'] },
};
