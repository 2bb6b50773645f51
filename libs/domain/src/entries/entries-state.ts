import type { EntryDetails } from './entry';

/** Where an entry stands: counted as logged, counted as corrected, or no longer counted. */
export const ENTRY_STATUSES = ['active', 'corrected', 'retracted'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export interface EntryRecord {
  entryId: string;
  /** The operation and phase it was logged in, for good: a change names them too. */
  operation: string;
  phase: number;
  /** As first logged: a retried POST is compared with this. */
  original: EntryDetails;
  /** What the totals count now. */
  current: EntryDetails;
  status: EntryStatus;
}

/** One entry, as its stream holds it: null until it is logged. */
export type EntryState = EntryRecord | null;

export const initialEntryState = (): EntryState => null;

/**
 * The entries of one operation × phase × force stream, as releases before one stream per
 * entry logged them (see entriesStream).
 */
export type EntriesState = ReadonlyMap<string, EntryRecord>;

export const initialEntriesState = (): EntriesState => new Map();
