import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, type OpenPhase, type Operation } from '@ros/domain';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { OperationsRepository } from '../operations.repository';
import { OpenPhaseCommand } from './open-phase.command';

@CommandHandler(OpenPhaseCommand)
export class OpenPhaseHandler implements ICommandHandler<OpenPhaseCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly runner: StreamCommandRunner,
  ) {}

  async execute({ operation, input, provenance }: OpenPhaseCommand): Promise<Operation> {
    const open: OpenPhase = { type: 'OpenPhase', data: { operation, ...input } };
    const { state } = await this.runner.handle(
      this.operations.stream(operation),
      (current) => decideOperation(open, current),
      provenance,
    );
    return state as Operation;
  }
}
