import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RetractEntry } from '@ros/domain';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { OperationsRepository } from '../../operations/operations.repository';
import { EntriesRepository } from '../entries.repository';
import { entriesDecision } from '../entries-decision';
import { changeReceiptOf, type EntryReceipt } from '../entry-receipt';
import { RetractEntryCommand } from './retract-entry.command';

@CommandHandler(RetractEntryCommand)
export class RetractEntryHandler implements ICommandHandler<RetractEntryCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
    private readonly runner: StreamCommandRunner,
  ) {}

  async execute(command: RetractEntryCommand): Promise<EntryReceipt> {
    const { operation, phase, entryId, reason, provenance } = command;
    const retract: RetractEntry = {
      type: 'RetractEntry',
      data: { operation, phase, entryId, reason },
      metadata: provenance,
    };
    const { state: current } = await this.operations.load(operation);
    const handled = await this.runner.handle(
      await this.entries.streamHolding(retract, current),
      entriesDecision(this.operations, retract),
      provenance,
    );
    return changeReceiptOf(retract.data, handled);
  }
}
