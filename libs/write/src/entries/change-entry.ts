import {
  decideEntries,
  entriesStream,
  evolveEntries,
  findPhase,
  refuseUnknownEntry,
  type CorrectEntry,
  type RetractEntry,
  type Provenance,
} from '@ros/domain';
import { retryOnConflict } from '../event-sourcing/retry-on-conflict';
import type { StreamLocks } from '../event-sourcing/stream-locks';
import type { OperationsRepository } from '../operations/operations.repository';
import type { EntriesRepository } from './entries.repository';
import { receiptOf, recordedFrom, type EntryReceipt } from './entry-receipt';

export interface EntryChangeDeps {
  operations: OperationsRepository;
  entries: EntriesRepository;
  locks: StreamLocks;
}

/**
 * Corrects or retracts an entry. Both name the entry by id alone, so first find the
 * force's stream that holds it; when none does, the domain's decision says not found.
 */
export const changeEntry = (
  { operations, entries, locks }: EntryChangeDeps,
  command: CorrectEntry | RetractEntry,
  provenance: Provenance,
): Promise<EntryReceipt> =>
  retryOnConflict(async () => {
    const { operation, phase, entryId } = command.data;
    const { state: operationState } = await operations.load(operation);
    const found =
      operationState && findPhase(operationState, phase)
        ? await entries.locate(operationState, phase, entryId)
        : null;
    if (!found) return refuseUnknownEntry(command, operationState);
    return locks.run(entriesStream(operation, phase, found.force), async () => {
      const { state, revision } = await entries.load(found);
      const events = decideEntries(command, { operation: operationState, entries: state });
      const ref = { operation, phase };
      if (events.length === 0) {
        const entry = state.get(entryId)!;
        return receiptOf(ref, entry, entry.lastChange);
      }
      const recorded = recordedFrom(await entries.append(found, events, revision, provenance));
      return receiptOf(ref, evolveEntries(state, events[0], recorded).get(entryId)!, recorded);
    });
  });
