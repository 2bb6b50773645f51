import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OperationsRepository } from '../../operations/operations.repository';
import { StreamLocks } from '../../event-sourcing/stream-locks';
import { changeEntry } from '../change-entry';
import { EntriesRepository } from '../entries.repository';
import type { EntryReceipt } from '../entry-receipt';
import { CorrectEntryCommand } from './correct-entry.command';

@CommandHandler(CorrectEntryCommand)
export class CorrectEntryHandler implements ICommandHandler<CorrectEntryCommand> {
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
    replacement,
    provenance,
  }: CorrectEntryCommand): Promise<EntryReceipt> {
    return changeEntry(
      this,
      {
        type: 'CorrectEntry',
        data: { operation, phase, entryId, reason, replacement },
        metadata: provenance,
      },
      provenance,
    );
  }
}
