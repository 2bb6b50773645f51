import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CorrectEntry } from '@ros/domain';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { OperationGates } from '../../operations/operation-gates';
import { OperationsRepository } from '../../operations/operations.repository';
import { EntriesRepository } from '../entries.repository';
import { entriesDecision } from '../entries-decision';
import { changeReceiptOf, type EntryReceipt } from '../entry-receipt';
import { CorrectEntryCommand } from './correct-entry.command';

@CommandHandler(CorrectEntryCommand)
export class CorrectEntryHandler implements ICommandHandler<CorrectEntryCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
    private readonly runner: StreamCommandRunner,
    private readonly gates: OperationGates,
  ) {}

  async execute(command: CorrectEntryCommand): Promise<EntryReceipt> {
    const { operation, phase, entryId, reason, replacement, provenance } = command;
    const correct: CorrectEntry = {
      type: 'CorrectEntry',
      data: { operation, phase, entryId, reason, replacement },
      metadata: provenance,
    };
    return this.gates.entries(operation, async () => {
      const { state: current } = await this.operations.load(operation);
      const handled = await this.runner.handle(
        await this.entries.streamHolding(correct, current),
        entriesDecision(this.operations, correct),
        provenance,
      );
      return changeReceiptOf(correct.data, handled);
    });
  }
}
