/** Words readers see for codes in the data. */
import type { Action } from '../schemas/event.ts';
import type { EntityType } from '../schemas/entity.ts';
import { countryName } from './languages.ts';

export const actionLabel: Record<Action, string> = {
  ban: 'Ban',
  restriction: 'Restriction',
  advisory: 'Advisory',
  suspension: 'Suspension',
  reversal: 'Reversal',
  report: 'Report',
  'company-response': 'Company response',
  settlement: 'Settlement',
};

export const entityTypeLabel: Record<EntityType, string> = {
  state: 'State',
  'government-body': 'Government body',
  ministry: 'Ministry',
  military: 'Military',
  legislature: 'Legislature',
  regulator: 'Regulator',
  company: 'Company',
  'school-system': 'School system',
  'research-group': 'Research group',
  'news-outlet': 'News outlet',
  person: 'Person',
};

export const entityTypePlural: Record<EntityType, string> = {
  state: 'States',
  'government-body': 'Government bodies',
  ministry: 'Ministries',
  military: 'Military',
  legislature: 'Legislatures',
  regulator: 'Regulators',
  company: 'Companies',
  'school-system': 'School systems',
  'research-group': 'Research groups',
  'news-outlet': 'News outlets',
  person: 'People',
};

export function facetLabel(kind: 'action' | 'actor-type' | 'country', value: string): string {
  if (kind === 'action') return actionLabel[value as Action] ?? value;
  if (kind === 'actor-type') return entityTypeLabel[value as EntityType] ?? value;
  return countryName(value);
}
