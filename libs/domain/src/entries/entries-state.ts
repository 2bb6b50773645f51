import type { EntryDetails } from './entry';

/** Where an entry stands: counted as logged, counted as corrected, or no longer counted. */
export const ENTRY_STATUSES = ['active', 'corrected', 'retracted'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export interface EntryRecord {
  entryId: string;
  /** As first logged: a retried POST is compared with this. */
  original: EntryDetails;
  /** What the totals count now. */
  current: EntryDetails;
  status: EntryStatus;
}

/** The entries of one operation × phase × force stream. */
export type EntriesState = ReadonlyMap<string, EntryRecord>;

export const initialEntriesState = (): EntriesState => new Map();
