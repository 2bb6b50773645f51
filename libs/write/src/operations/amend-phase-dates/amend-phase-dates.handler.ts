import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, type Operation } from '@ros/domain';
import { EntriesRepository } from '../../entries/entries.repository';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { OperationGates } from '../operation-gates';
import { OperationsRepository } from '../operations.repository';
import { AmendPhaseDatesCommand } from './amend-phase-dates.command';

/** Puts a phase's dates right, as long as every entry that counts stays within them. */
@CommandHandler(AmendPhaseDatesCommand)
export class AmendPhaseDatesHandler implements ICommandHandler<AmendPhaseDatesCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
    private readonly runner: StreamCommandRunner,
    private readonly gates: OperationGates,
  ) {}

  async execute({
    operation,
    phase,
    input,
    provenance,
  }: AmendPhaseDatesCommand): Promise<Operation> {
    const data = { operation, number: phase, ...input };
    const { state } = await this.gates.phases(operation, () =>
      this.runner.handle(
        this.operations.stream(operation),
        async (current) =>
          decideOperation(
            {
              type: 'AmendPhaseDates',
              data,
              metadata: await this.entries.phaseFacts(current, phase, provenance.now),
            },
            current,
          ),
        provenance,
      ),
    );
    return state as Operation;
  }
}
