import type { Actor } from '../access/actor';
import type { EntryDetails, PhaseRef } from './entry';

export interface LogEntry {
  type: 'LogEntry';
  data: PhaseRef & { entryId: string; details: EntryDetails };
  metadata: { actor: Actor; now: Date };
}

export interface CorrectEntry {
  type: 'CorrectEntry';
  data: PhaseRef & { entryId: string; reason: string; replacement: EntryDetails };
  metadata: { actor: Actor; now: Date };
}

export interface RetractEntry {
  type: 'RetractEntry';
  data: PhaseRef & { entryId: string; reason: string };
  metadata: { actor: Actor; now: Date };
}

export type EntryCommand = LogEntry | CorrectEntry | RetractEntry;
