import type { EntryDetails } from './entry';

/** Where an event landed, as the event store reported it. */
export interface Recorded {
  position: string;
  revision: number;
}

export interface EntryRecord {
  entryId: string;
  /** As first logged: a retried POST is compared with this. */
  original: EntryDetails;
  /** What the totals count now. */
  current: EntryDetails;
  status: 'active' | 'corrected' | 'retracted';
  logged: Recorded;
  lastChange: Recorded;
}

/** The entries of one operation × phase × force stream. */
export type EntriesState = ReadonlyMap<string, EntryRecord>;

export const initialEntriesState = (): EntriesState => new Map();
