import type { ForceId } from '../forces';
import {
  inNormalForm,
  type EntryDetails,
  type EntryFacts,
  type EntryKind,
  type PhaseRef,
} from './entry';

/** One event type per kind of result, named in the past tense. */
export const EVENT_TYPE_BY_KIND = {
  warrant: 'WarrantExecuted',
  arrest: 'ArrestMade',
  charge: 'ChargeBrought',
  seizure: 'SeizureRecorded',
  'county-line-closure': 'CountyLineClosed',
  safeguarding: 'PersonsSafeguarded',
  'welfare-visit': 'WelfareVisitMade',
  'vehicle-stop': 'VehiclesStopped',
  engagement: 'EngagementHeld',
  disruption: 'DisruptionRecorded',
} as const satisfies Record<EntryKind, string>;

export type EntryLoggedType = (typeof EVENT_TYPE_BY_KIND)[EntryKind];
export const ENTRY_LOGGED_TYPES = Object.values(EVENT_TYPE_BY_KIND) as EntryLoggedType[];

const KIND_BY_EVENT_TYPE = Object.fromEntries(
  Object.entries(EVENT_TYPE_BY_KIND).map(([kind, type]) => [type, kind]),
) as Record<EntryLoggedType, EntryKind>;

export const kindOfEventType = (type: EntryLoggedType): EntryKind => KIND_BY_EVENT_TYPE[type];

/** The data of an entry-logged event: the entry without its kind (the type says it). */
export type EntryLoggedData = PhaseRef & { entryId: string } & DistributiveOmit<
    EntryDetails,
    'kind'
  >;

export interface EntryLogged {
  type: EntryLoggedType;
  data: EntryLoggedData;
}

export interface EntryCorrected {
  type: 'EntryCorrected';
  data: PhaseRef & { entryId: string; force: ForceId; reason: string; replacement: EntryDetails };
}

export interface EntryRetracted {
  type: 'EntryRetracted';
  data: PhaseRef & { entryId: string; force: ForceId; reason: string };
}

export type EntryEvent = EntryLogged | EntryCorrected | EntryRetracted;

/** The entry a correction puts in place. */
export const replacementOf = (event: EntryCorrected): EntryDetails =>
  inNormalForm(event.data.replacement);

export const isEntryLogged = (event: { type: string }): event is EntryLogged =>
  (ENTRY_LOGGED_TYPES as string[]).includes(event.type);

/** The event that logs an entry. */
export const entryLogged = (ref: PhaseRef, entryId: string, details: EntryDetails): EntryLogged => {
  const { kind, ...rest } = details;
  return { type: EVENT_TYPE_BY_KIND[kind], data: { ...ref, entryId, ...rest } as EntryLoggedData };
};

/** The entry an entry-logged event describes. */
export const detailsOf = (event: EntryLogged): EntryDetails => {
  const { entryId: _id, operation: _op, phase: _phase, ...rest } = event.data;
  return inNormalForm({ kind: kindOfEventType(event.type), ...rest } as EntryDetails);
};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type { EntryFacts };
