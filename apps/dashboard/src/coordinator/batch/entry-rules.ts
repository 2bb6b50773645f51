import type { components } from '../../api/schema';

// The server's rules for a new entry (docs/api.md "Entries"), mirrored to check a return's
// rows before sending. The `satisfies` and `Exhaustive` lines make the compiler refuse a
// list that differs from the OpenAPI document's enums.
type Schemas = components['schemas'];
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;

export const KINDS = [
  'arrest',
  'warrant',
  'charge',
  'seizure',
  'county-line-closure',
  'safeguarding',
  'welfare-visit',
  'vehicle-stop',
  'engagement',
  'disruption',
] as const satisfies readonly Schemas['EntryLogItem']['kind'][];
export type Kind = (typeof KINDS)[number];

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

type Item = Schemas['SeizureInput']['item'];
type Unit = NonNullable<Schemas['SeizureInput']['unit']>;
export const DRUGS: readonly Item[] = ['class-a-drugs', 'class-b-drugs', 'class-c-drugs'];
/** What each item is measured in; everything not named is counted in items. */
export const ITEMS = [
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
] as const satisfies readonly Item[];
export const unitsFor = (item: Item): readonly Unit[] =>
  DRUGS.includes(item) ? ['g', 'kg'] : item === 'cash' ? ['GBP'] : ['item'];
/** Where an estimated value alone is enough, without quantity and unit. */
export const VALUE_ALONE: readonly Item[] = [...DRUGS, 'stolen-property'];

/** Each unit's least and most, and the decimals it takes. */
export const QUANTITY: Record<Unit, { min: number; max: number; decimals: number }> = {
  GBP: { min: 0.01, max: 100_000_000, decimals: 2 },
  g: { min: 0.001, max: 10_000_000, decimals: 3 },
  kg: { min: 0.001, max: 10_000, decimals: 3 },
  item: { min: 1, max: 1_000_000, decimals: 0 },
};
export const VALUE_MAX = 1_000_000_000;

export const AGE_GROUPS = [
  'child',
  'adult',
] as const satisfies readonly Schemas['SafeguardingInput']['ageGroup'][];
export const CATEGORIES = [
  'pursue',
  'protect',
  'prevent',
  'prepare',
] as const satisfies readonly Schemas['DisruptionInput']['category'][];
export const SEVERITIES = [
  'major',
  'moderate',
  'minor',
] as const satisfies readonly Schemas['DisruptionInput']['severity'][];

export const TEXT_MAX = { notes: 1000, location: 100, drug: 40, description: 500, lineName: 100 };
export const TAGS = { most: 5, length: 64, slug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ };
/** What a return may hold in one batch (`POST …/entries/batch`). */
export const BATCH_MAX = 1000;

/** Compiles only while the lists above name every value the OpenAPI document allows. */
export const LISTS_MATCH_THE_DOCUMENT: [
  Exhaustive<Schemas['EntryLogItem']['kind'], Kind>,
  Exhaustive<NonNullable<Schemas['ArrestInput']['offence']>, (typeof OFFENCES)[number]>,
  Exhaustive<Item, (typeof ITEMS)[number]>,
] = [true, true, true];
