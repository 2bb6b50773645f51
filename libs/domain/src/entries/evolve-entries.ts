import type { EntriesState } from './entries-state';
import type { Recorded } from './entries-state';
import { detailsOf, isEntryLogged, replacementOf, type EntryEvent } from './entry.events';

const UNRECORDED: Recorded = { position: '0', revision: -1 };

export const evolveEntries = (
  state: EntriesState,
  event: EntryEvent,
  recorded: Recorded = UNRECORDED,
): EntriesState => {
  const next = new Map(state);
  if (isEntryLogged(event)) {
    const details = detailsOf(event);
    next.set(event.data.entryId, {
      entryId: event.data.entryId,
      original: details,
      current: details,
      status: 'active',
      logged: recorded,
      lastChange: recorded,
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
      lastChange: recorded,
    });
  } else {
    next.set(entry.entryId, { ...entry, status: 'retracted', lastChange: recorded });
  }
  return next;
};
