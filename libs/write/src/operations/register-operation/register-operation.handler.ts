import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, evolveOperation, type Operation } from '@ros/domain';
import { retryOnConflict } from '../../event-sourcing/retry-on-conflict';
import { OperationsRepository } from '../operations.repository';
import { RegisterOperationCommand } from './register-operation.command';

@CommandHandler(RegisterOperationCommand)
export class RegisterOperationHandler implements ICommandHandler<RegisterOperationCommand> {
  constructor(private readonly operations: OperationsRepository) {}

  execute({ input, provenance }: RegisterOperationCommand): Promise<Operation> {
    return retryOnConflict(async () => {
      const { state, revision } = await this.operations.load(input.id);
      const events = decideOperation(
        { type: 'RegisterOperation', data: { ...input, description: input.description ?? '' } },
        state,
      );
      await this.operations.append(input.id, events, revision, provenance);
      return events.reduce(evolveOperation, state) as Operation;
    });
  }
}
