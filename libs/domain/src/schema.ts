import { ENTRY_LOGGED_TYPES } from './entries/entry.events';
import { OPERATION_EVENT_TYPES } from './operations/operation.events';

/**
 * Turns the data of an event written under an older schema into the next version's.
 * Events are never rewritten in the store; they are upcast each time they are read.
 */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: Record<string, unknown>): Record<string, unknown>;
}

export const EVENT_TYPES = [
  ...OPERATION_EVENT_TYPES,
  ...ENTRY_LOGGED_TYPES,
  'EntryCorrected',
  'EntryRetracted',
  'PopulationEstimated',
] as const;

/** The schema version each event type is written with today. */
export const CURRENT_SCHEMA_VERSIONS: Record<string, number> = {
  ...Object.fromEntries(EVENT_TYPES.map((type) => [type, 1])),
  // v2 renamed valueGBP to estimatedValueGBP, the contract's name for a street value.
  SeizureRecorded: 2,
};

export const UPCASTERS: Upcaster[] = [
  {
    type: 'SeizureRecorded',
    fromVersion: 1,
    upcast: ({ valueGBP, ...rest }) =>
      valueGBP === undefined ? rest : { ...rest, estimatedValueGBP: valueGBP },
  },
];
