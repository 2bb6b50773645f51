import type { EntriesState, EntryState } from './entries-state';
import { detailsOf, isEntryLogged, replacementOf, type EntryEvent } from './entry.events';

/** One entry after one of its events; an event about another entry changes nothing. */
export const evolveEntry = (state: EntryState, event: EntryEvent): EntryState => {
  if (isEntryLogged(event)) {
    const details = detailsOf(event);
    const { entryId, operation, phase } = event.data;
    return { entryId, operation, phase, original: details, current: details, status: 'active' };
  }
  if (!state || state.entryId !== event.data.entryId) return state;
  if (event.type === 'EntryCorrected')
    return { ...state, current: replacementOf(event), status: 'corrected' };
  return { ...state, status: 'retracted' };
};

/**
 * Several entries (a legacy force-phase stream, or a phase's entries gathered to check its
 * dates) after a run of their events. The map is copied once per fold, not once per event,
 * so folding a stream costs as much as its events; the state given is left as it was.
 */
export const foldEntries = (state: EntriesState, events: readonly EntryEvent[]): EntriesState => {
  if (events.length === 0) return state;
  const next = new Map(state);
  for (const event of events) {
    const entry = evolveEntry(next.get(event.data.entryId) ?? null, event);
    if (entry) next.set(entry.entryId, entry);
  }
  return next;
};

export const evolveEntries = (state: EntriesState, event: EntryEvent): EntriesState =>
  foldEntries(state, [event]);
