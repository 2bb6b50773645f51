import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, evolveOperation, type Operation } from '@ros/domain';
import { retryOnConflict } from '../../event-sourcing/retry-on-conflict';
import { OperationsRepository } from '../operations.repository';
import { OpenPhaseCommand } from './open-phase.command';

@CommandHandler(OpenPhaseCommand)
export class OpenPhaseHandler implements ICommandHandler<OpenPhaseCommand> {
  constructor(private readonly operations: OperationsRepository) {}

  execute({ operation, input, provenance }: OpenPhaseCommand): Promise<Operation> {
    return retryOnConflict(async () => {
      const { state, revision } = await this.operations.load(operation);
      const events = decideOperation({ type: 'OpenPhase', data: { operation, ...input } }, state);
      await this.operations.append(operation, events, revision, provenance);
      return events.reduce(evolveOperation, state) as Operation;
    });
  }
}
