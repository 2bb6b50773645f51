import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, type Operation } from '@ros/domain';
import { EntriesRepository } from '../../entries/entries.repository';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { OperationGates } from '../operation-gates';
import { OperationsRepository } from '../operations.repository';
import { ClosePhaseCommand } from './close-phase.command';

@CommandHandler(ClosePhaseCommand)
export class ClosePhaseHandler implements ICommandHandler<ClosePhaseCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly entries: EntriesRepository,
    private readonly runner: StreamCommandRunner,
    private readonly gates: OperationGates,
  ) {}

  async execute({ operation, phase, input, provenance }: ClosePhaseCommand): Promise<Operation> {
    const data = { operation, number: phase, endsOn: input.endsOn };
    const { state } = await this.gates.phases(operation, () =>
      this.runner.handle(
        this.operations.stream(operation),
        async (current) =>
          decideOperation(
            {
              type: 'ClosePhase',
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
