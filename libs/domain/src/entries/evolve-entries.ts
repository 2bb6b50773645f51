import type { EntriesState } from './entries-state';
import { detailsOf, isEntryLogged, replacementOf, type EntryEvent } from './entry.events';

export const evolveEntries = (state: EntriesState, event: EntryEvent): EntriesState => {
  const next = new Map(state);
  if (isEntryLogged(event)) {
    const details = detailsOf(event);
    next.set(event.data.entryId, {
      entryId: event.data.entryId,
      original: details,
      current: details,
      status: 'active',
    });
    return next;
  }
  const entry = state.get(event.data.entryId);
  if (!entry) return state;
  if (event.type === 'EntryCorrected') {
    next.set(entry.entryId, {
      ...entry,
      current: replacementOf(event),
      status: 'corrected',
    });
  } else {
    next.set(entry.entryId, { ...entry, status: 'retracted' });
  }
  return next;
};
