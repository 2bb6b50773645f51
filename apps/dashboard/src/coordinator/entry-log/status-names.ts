import type { EntryLogItem, HistoryItem } from './entry-types';

/** An entry's status as it bears on the figures. */
export const STATUS_NAMES: Record<EntryLogItem['status'], string> = {
  active: 'Counted',
  corrected: 'Corrected',
  retracted: 'Retracted: not counted',
};

export const CHANGE_NAMES: Record<HistoryItem['change'], string> = {
  logged: 'Logged',
  corrected: 'Corrected',
  retracted: 'Retracted',
};
