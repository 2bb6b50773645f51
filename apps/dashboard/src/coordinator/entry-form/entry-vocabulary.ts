// The words an entry may use, as the API lists them (docs/api.md, "Entries"), with the
// labels a coordinator reads. test/entry-rules-mirror.unit.spec.ts checks they match the domain.

export const KINDS = [
  { kind: 'arrest', label: 'Arrest' },
  { kind: 'warrant', label: 'Warrant' },
  { kind: 'seizure', label: 'Seizure' },
  { kind: 'safeguarding', label: 'Safeguarding' },
  { kind: 'county-line-closure', label: 'County line closed' },
  { kind: 'disruption', label: 'Disruption' },
  { kind: 'charge', label: 'Charge' },
  { kind: 'vehicle-stop', label: 'Vehicle stop' },
  { kind: 'welfare-visit', label: 'Welfare visit' },
  { kind: 'engagement', label: 'Engagement' },
] as const;
export type Kind = (typeof KINDS)[number]['kind'];

/** Kinds that record how many: a whole number, 1 by default. */
export const COUNTED: readonly Kind[] = [
  'arrest',
  'warrant',
  'charge',
  'safeguarding',
  'welfare-visit',
  'vehicle-stop',
  'engagement',
];

export const OFFENCES = [
  'drug-supply',
  'possession-with-intent',
  'firearms',
  'weapons',
  'burglary',
  'theft',
  'poaching',
  'hare-coursing',
  'exploitation',
  'other',
] as const;

export const SEIZURE_ITEMS = [
  'cannabis-plants',
  'class-a-drugs',
  'class-b-drugs',
  'class-c-drugs',
  'cash',
  'firearm',
  'imitation-firearm',
  'ammunition',
  'offensive-weapon',
  'vehicle',
  'plant-machinery',
  'stolen-property',
  'mobile-phone',
  'other',
] as const;
export type SeizureItem = (typeof SEIZURE_ITEMS)[number];
export type Unit = 'item' | 'g' | 'kg' | 'GBP';

export const AGE_GROUPS = ['child', 'adult'] as const;
export const DISRUPTION_CATEGORIES = ['pursue', 'protect', 'prevent', 'prepare'] as const;
export const DISRUPTION_SEVERITIES = ['major', 'moderate', 'minor'] as const;

/** `drug-supply` reads "Drug supply"; cash's unit reads "£". */
export const labelOf = (slug: string): string =>
  slug === 'GBP' ? '£' : (slug.charAt(0).toUpperCase() + slug.slice(1)).replace(/-/g, ' ');
export const kindLabel = (kind: string): string =>
  KINDS.find((k) => k.kind === kind)?.label ?? labelOf(kind);
