import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OperationsRepository } from '../../operations/operations.repository';
import { StreamLocks } from '../../event-sourcing/stream-locks';
import { changeEntry } from '../change-entry';
import { EntriesRepository } from '../entries.repository';
import type { EntryReceipt } from '../entry-receipt';
import { RetractEntryCommand } from './retract-entry.command';

@CommandHandler(RetractEntryCommand)
export class RetractEntryHandler implements ICommandHandler<RetractEntryCommand> {
  constructor(
    readonly operations: OperationsRepository,
    readonly entries: EntriesRepository,
    readonly locks: StreamLocks,
  ) {}

  execute({
    operation,
    phase,
    entryId,
    reason,
    provenance,
  }: RetractEntryCommand): Promise<EntryReceipt> {
    return changeEntry(
      this,
      {
        type: 'RetractEntry',
        data: { operation, phase, entryId, reason },
        metadata: provenance,
      },
      provenance,
    );
  }
}
