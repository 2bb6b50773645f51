import { decideEntries, type EntriesState, type EntryCommand, type EntryEvent } from '@ros/domain';
import type { Decide } from '../event-sourcing/stream-command-runner';
import type { OperationsRepository } from '../operations/operations.repository';

/**
 * The domain's decision on one stream's entries, with the operation as it stands at each
 * attempt: its phase may close while the command waits its turn on the stream.
 */
export const entriesDecision =
  (operations: OperationsRepository, command: EntryCommand): Decide<EntriesState, EntryEvent> =>
  async (entries) => {
    const { state: operation } = await operations.load(command.data.operation);
    return decideEntries(command, { operation, entries });
  };
