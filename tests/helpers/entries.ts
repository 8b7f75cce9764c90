/**
 * Collection entries for unit tests of the cross-reference and what builds on it: every required
 * field with a neutral value, `extra` overriding any of them. Plain objects typed loosely on purpose:
 * the tests build shapes the schemas would refuse, to see what the logic does with them.
 */
export const entityEntry = (id: string, type = 'company', extra: object = {}) => ({
  id,
  data: { name: id.toUpperCase(), type, aliases: [], description: `About ${id}`, links: [], sources: [], draft: false, ...extra } as never,
});

export const eventEntry = (id: string, extra: object = {}) => ({
  id,
  filePath: `content/events/${id}.yaml`,
  data: {
    title: id,
    actor: ['a'],
    subject: 'zoom',
    action: 'ban',
    summary: 's',
    sources: [],
    confidence: 'high',
    approximate: false,
    disputes: [],
    draft: false,
    ...extra,
  } as never,
});
