import type { ForceId, Partner } from '../forces';

export const ENTRY_KINDS = [
  'warrant',
  'arrest',
  'charge',
  'seizure',
  'county-line-closure',
  'safeguarding',
  'welfare-visit',
  'vehicle-stop',
  'engagement',
  'disruption',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Kinds that record a count of things; it defaults to 1. */
export const COUNTED_KINDS: readonly EntryKind[] = [
  'warrant',
  'arrest',
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
export type Offence = (typeof OFFENCES)[number];

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

/** A tag names something an entry also counts toward, e.g. a national week: `cliw-2025-06`. */
export const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const UNITS = ['item', 'g', 'kg', 'GBP'] as const;
export type Unit = (typeof UNITS)[number];

export const AGE_GROUPS = ['child', 'adult'] as const;
export const DISRUPTION_CATEGORIES = ['pursue', 'protect', 'prevent', 'prepare'] as const;
export const DISRUPTION_SEVERITIES = ['major', 'moderate', 'minor'] as const;

/** What every entry says, whatever its kind. */
export interface EntryCommon {
  force: ForceId;
  /** ISO-8601 UTC instant, normalised with milliseconds. */
  occurredAt: string;
  notes?: string;
  location?: string;
  tags?: string[];
  assistedBy?: Partner[];
}

/** The result an entry records, one shape per kind. */
export type EntryFacts =
  | { kind: 'warrant'; count: number }
  | { kind: 'arrest'; count: number; offence?: Offence }
  | { kind: 'charge'; count: number }
  | {
      kind: 'seizure';
      item: SeizureItem;
      quantity?: number;
      unit?: Unit;
      estimatedValueGBP?: number;
      drug?: string;
      description?: string;
    }
  | { kind: 'county-line-closure'; lineName?: string }
  | { kind: 'safeguarding'; count: number; ageGroup: (typeof AGE_GROUPS)[number] }
  | { kind: 'welfare-visit'; count: number }
  | { kind: 'vehicle-stop'; count: number }
  | { kind: 'engagement'; count: number }
  | {
      kind: 'disruption';
      category: (typeof DISRUPTION_CATEGORIES)[number];
      severity: (typeof DISRUPTION_SEVERITIES)[number];
      description?: string;
    };

/** An entry as a coordinator logged it (defaults applied), without its id. */
export type EntryDetails = EntryCommon & EntryFacts;

/**
 * Tags and partners are sets: kept sorted and without repeats, so the order a client sent
 * them in never makes two sends of one entry differ (events logged before this rule too).
 */
export const withSortedSets = <T extends { tags?: string[]; assistedBy?: Partner[] }>(
  details: T,
): T => ({
  ...details,
  ...(details.tags && { tags: [...new Set(details.tags)].sort() }),
  ...(details.assistedBy && { assistedBy: [...new Set(details.assistedBy)].sort() }),
});

/**
 * Empty text and empty sets say nothing: `"notes": ""` or `"tags": []` is the entry without
 * them, so that a client that sends empty values for what it leaves blank can retry an
 * entry it first sent without them (and the other way round). Left out when an entry is
 * parsed, and when one is read from an event logged before this rule.
 */
export const withoutEmptyValues = <T extends object>(details: T): T =>
  Object.fromEntries(
    Object.entries(details).filter(
      ([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  ) as T;

/** An entry in the one form in which two sends of it compare equal: sets sorted, empty values left out. */
export const inNormalForm = <T extends { tags?: string[]; assistedBy?: Partner[] }>(
  details: T,
): T => withoutEmptyValues(withSortedSets(details));

/** Where an entry lives: its operation and phase. */
export interface PhaseRef {
  operation: string;
  phase: number;
}
