import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, evolveOperation, type Operation } from '@ros/domain';
import { retryOnConflict } from '../../event-sourcing/retry-on-conflict';
import { OperationsRepository } from '../operations.repository';
import { ReopenPhaseCommand } from './reopen-phase.command';

/** A phase closed too early is opened again; its entries can then be logged as before. */
@CommandHandler(ReopenPhaseCommand)
export class ReopenPhaseHandler implements ICommandHandler<ReopenPhaseCommand> {
  constructor(private readonly operations: OperationsRepository) {}

  execute({ operation, phase, input, provenance }: ReopenPhaseCommand): Promise<Operation> {
    return retryOnConflict(async () => {
      const { state, revision } = await this.operations.load(operation);
      const events = decideOperation(
        { type: 'ReopenPhase', data: { operation, number: phase, reason: input.reason } },
        state,
      );
      if (events.length) await this.operations.append(operation, events, revision, provenance);
      return events.reduce(evolveOperation, state) as Operation;
    });
  }
}
