import { decideEntries, evolveEntries, findPhase, type CorrectEntry, type RetractEntry } from '@ros/domain';
import { retryOnConflict } from '../event-sourcing/retry-on-conflict';
import type { OperationsRepository } from '../operations/operations.repository';
import type { Provenance } from '../event-sourcing/envelope';
import type { EntriesRepository } from './entries.repository';
import { receiptOf, recordedFrom, type EntryReceipt } from './entry-receipt';

/**
 * Corrects or retracts an entry. Both name the entry by id alone, so first find the
 * force's stream that holds it; when none does, the domain's decision says not found.
 */
export const changeEntry = (
  operations: OperationsRepository,
  entries: EntriesRepository,
  command: CorrectEntry | RetractEntry,
  provenance: Provenance,
): Promise<EntryReceipt> =>
  retryOnConflict(async () => {
    const { operation, phase, entryId } = command.data;
    const { state: operationState } = await operations.load(operation);
    const located =
      operationState && findPhase(operationState, phase)
        ? await entries.locate(operationState, phase, entryId)
        : null;
    const events = decideEntries(command, { operation: operationState, entries: located?.state ?? new Map() });
    // The decision refuses an entry it cannot find, so from here the entry exists.
    const { state, revision } = located!;
    const ref = { operation, phase };
    if (events.length === 0) {
      const entry = state.get(entryId)!;
      return receiptOf(ref, entry, entry.lastChange);
    }
    const recorded = recordedFrom(await entries.append(located!, events, revision, provenance));
    return receiptOf(ref, evolveEntries(state, events[0], recorded).get(entryId)!, recorded);
  });
