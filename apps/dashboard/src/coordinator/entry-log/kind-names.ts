import type { EntryKind } from './entry-types';

/** Each kind as a coordinator says it. */
export const KIND_NAMES: Record<EntryKind, string> = {
  arrest: 'Arrest',
  warrant: 'Warrant',
  charge: 'Charge',
  seizure: 'Seizure',
  'county-line-closure': 'County line closed',
  safeguarding: 'Safeguarding',
  'welfare-visit': 'Welfare visit',
  'vehicle-stop': 'Vehicle stop',
  engagement: 'Engagement',
  disruption: 'Disruption',
};

/** The kinds that record how many (`count`), and the most one entry may record. */
export const COUNT_LIMITS: Partial<Record<EntryKind, number>> = {
  arrest: 1000,
  warrant: 1000,
  charge: 1000,
  safeguarding: 1000,
  'welfare-visit': 1000,
  engagement: 1000,
  'vehicle-stop': 10_000,
};
