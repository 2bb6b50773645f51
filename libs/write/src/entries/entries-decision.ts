import { decideEntries, type EntryState, type EntryCommand, type EntryEvent } from '@ros/domain';
import type { Decide } from '../event-sourcing/stream-command-runner';
import type { OperationsRepository } from '../operations/operations.repository';

/**
 * The domain's decision on one entry, with the operation as it stands at each
 * attempt: its phase may close while the command waits its turn on the stream.
 */
export const entriesDecision =
  (operations: OperationsRepository, command: EntryCommand): Decide<EntryState, EntryEvent> =>
  async (entry) => {
    const { state: operation } = await operations.load(command.data.operation);
    return decideEntries(command, { operation, entry });
  };
