import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, type Operation, type ReopenPhase } from '@ros/domain';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { OperationsRepository } from '../operations.repository';
import { ReopenPhaseCommand } from './reopen-phase.command';

/** A phase closed too early is opened again; its entries can then be logged as before. */
@CommandHandler(ReopenPhaseCommand)
export class ReopenPhaseHandler implements ICommandHandler<ReopenPhaseCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly runner: StreamCommandRunner,
  ) {}

  async execute({ operation, phase, input, provenance }: ReopenPhaseCommand): Promise<Operation> {
    const reopen: ReopenPhase = {
      type: 'ReopenPhase',
      data: { operation, number: phase, reason: input.reason },
    };
    const { state } = await this.runner.handle(
      this.operations.stream(operation),
      (current) => decideOperation(reopen, current),
      provenance,
    );
    return state as Operation;
  }
}
