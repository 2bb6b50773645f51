import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Conflict, decideEntries, entriesStream } from '@ros/domain';
import { DuplicateEventId } from '@ros/event-store';
import { retryOnConflict } from '../../event-sourcing/retry-on-conflict';
import { StreamLocks } from '../../event-sourcing/stream-locks';
import { OperationsRepository } from '../../operations/operations.repository';
import { EntriesRepository } from '../entries.repository';
import { recordedFrom, type EntryLogOutcome } from '../entry-receipt';
import { LogEntryCommand } from './log-entry.command';

@CommandHandler(LogEntryCommand)
export class LogEntryHandler implements ICommandHandler<LogEntryCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
    private readonly locks: StreamLocks,
  ) {}

  execute(command: LogEntryCommand): Promise<EntryLogOutcome> {
    const { operation, phase, details } = command;
    const stream = entriesStream(operation, phase, details.force);
    return this.locks.run(stream, () => this.decideAndAppend(command));
  }

  private decideAndAppend(command: LogEntryCommand): Promise<EntryLogOutcome> {
    const { operation, phase, entryId, details, provenance } = command;
    const ref = { operation, phase, force: details.force };
    return retryOnConflict(async () => {
      const { state: operationState } = await this.operations.load(operation);
      const { state: entries, revision } = await this.entries.load(ref);
      const events = decideEntries(
        { type: 'LogEntry', data: { operation, phase, entryId, details }, metadata: provenance },
        { operation: operationState, entries },
      );
      if (events.length === 0) {
        // A retry: answer exactly what the first request was answered.
        const { position, revision: streamRevision } = entries.get(entryId)!.logged;
        return {
          outcome: 'repeated',
          receipt: { entryId, ...ref, position, streamRevision },
        };
      }
      const result = await this.entries.append(ref, events, revision, provenance).catch((error) => {
        if (error instanceof DuplicateEventId)
          throw new Conflict(`entryId ${entryId} was already used for a different entry`);
        throw error;
      });
      const { position, revision: streamRevision } = recordedFrom(result);
      return { outcome: 'created', receipt: { entryId, ...ref, position, streamRevision } };
    });
  }
}
