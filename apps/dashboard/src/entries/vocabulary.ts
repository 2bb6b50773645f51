import type { components } from '../api/schema';

// The words an entry may use, as the API lists them (docs/api.md, "Entries"), with the labels a
// coordinator reads. The `satisfies` and `Exhaustive` lines make the compiler refuse a list that
// differs from the OpenAPI document's enums; test/entry-rules-mirror.unit.spec.ts checks the
// same lists against the domain's, which also covers their order.
type Schemas = components['schemas'];
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;

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
] as const satisfies readonly { kind: Schemas['EntryLogItem']['kind']; label: string }[];
export type Kind = (typeof KINDS)[number]['kind'];
export const KIND_SLUGS: readonly Kind[] = KINDS.map((k) => k.kind);

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
] as const satisfies readonly NonNullable<Schemas['ArrestInput']['offence']>[];

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
] as const satisfies readonly Schemas['SeizureInput']['item'][];
export type SeizureItem = (typeof SEIZURE_ITEMS)[number];
export type Unit = NonNullable<Schemas['SeizureInput']['unit']>;

export const AGE_GROUPS = [
  'child',
  'adult',
] as const satisfies readonly Schemas['SafeguardingInput']['ageGroup'][];
export const DISRUPTION_CATEGORIES = [
  'pursue',
  'protect',
  'prevent',
  'prepare',
] as const satisfies readonly Schemas['DisruptionInput']['category'][];
export const DISRUPTION_SEVERITIES = [
  'major',
  'moderate',
  'minor',
] as const satisfies readonly Schemas['DisruptionInput']['severity'][];

/** Compiles only while the lists above name every value the OpenAPI document allows. */
export const LISTS_MATCH_THE_DOCUMENT: [
  Exhaustive<Schemas['EntryLogItem']['kind'], Kind>,
  Exhaustive<NonNullable<Schemas['ArrestInput']['offence']>, (typeof OFFENCES)[number]>,
  Exhaustive<Schemas['SeizureInput']['item'], SeizureItem>,
  Exhaustive<Schemas['SafeguardingInput']['ageGroup'], (typeof AGE_GROUPS)[number]>,
  Exhaustive<Schemas['DisruptionInput']['category'], (typeof DISRUPTION_CATEGORIES)[number]>,
  Exhaustive<Schemas['DisruptionInput']['severity'], (typeof DISRUPTION_SEVERITIES)[number]>,
] = [true, true, true, true, true, true];

/** `drug-supply` reads "Drug supply"; cash's unit reads "£". */
export const labelOf = (slug: string): string =>
  slug === 'GBP' ? '£' : (slug.charAt(0).toUpperCase() + slug.slice(1)).replace(/-/g, ' ');
export const kindLabel = (kind: string): string =>
  KINDS.find((k) => k.kind === kind)?.label ?? labelOf(kind);
