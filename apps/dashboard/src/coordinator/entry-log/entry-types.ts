import type { components } from '../../api/schema';

export type EntryLogItem = components['schemas']['EntryLogItem'];
export type EntryLogPage = components['schemas']['EntryLogPage'];
/** An entry as it stands (or as one change left it), without its entryId. */
export type Entry = EntryLogItem['current'];
export type EntryKind = Entry['kind'];
export type ForceId = EntryLogItem['force'];
export type HistoryItem = EntryLogItem['history'][number];
