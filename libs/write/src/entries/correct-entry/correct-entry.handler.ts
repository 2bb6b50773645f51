import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OperationsRepository } from '../../operations/operations.repository';
import { changeEntry } from '../change-entry';
import { EntriesRepository } from '../entries.repository';
import type { EntryReceipt } from '../entry-receipt';
import { CorrectEntryCommand } from './correct-entry.command';

@CommandHandler(CorrectEntryCommand)
export class CorrectEntryHandler implements ICommandHandler<CorrectEntryCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
  ) {}

  execute({ operation, phase, entryId, reason, replacement, provenance }: CorrectEntryCommand): Promise<EntryReceipt> {
    return changeEntry(this.operations, this.entries, {
      type: 'CorrectEntry',
      data: { operation, phase, entryId, reason, replacement },
      metadata: provenance,
    }, provenance);
  }
}
