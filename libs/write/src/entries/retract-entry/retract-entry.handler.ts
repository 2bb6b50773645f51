import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OperationsRepository } from '../../operations/operations.repository';
import { changeEntry } from '../change-entry';
import { EntriesRepository } from '../entries.repository';
import type { EntryReceipt } from '../entry-receipt';
import { RetractEntryCommand } from './retract-entry.command';

@CommandHandler(RetractEntryCommand)
export class RetractEntryHandler implements ICommandHandler<RetractEntryCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
  ) {}

  execute({ operation, phase, entryId, reason, provenance }: RetractEntryCommand): Promise<EntryReceipt> {
    return changeEntry(this.operations, this.entries, {
      type: 'RetractEntry',
      data: { operation, phase, entryId, reason },
      metadata: provenance,
    }, provenance);
  }
}
