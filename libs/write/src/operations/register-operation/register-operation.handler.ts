import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideOperation, type Operation, type RegisterOperation } from '@ros/domain';
import { StreamCommandRunner } from '../../event-sourcing/stream-command-runner';
import { OperationsRepository } from '../operations.repository';
import { RegisterOperationCommand } from './register-operation.command';

@CommandHandler(RegisterOperationCommand)
export class RegisterOperationHandler implements ICommandHandler<RegisterOperationCommand> {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly runner: StreamCommandRunner,
  ) {}

  async execute({ input, provenance }: RegisterOperationCommand): Promise<Operation> {
    const register: RegisterOperation = {
      type: 'RegisterOperation',
      data: { ...input, description: input.description ?? '' },
    };
    const { state } = await this.runner.handle(
      this.operations.stream(input.id),
      (operation) => decideOperation(register, operation),
      provenance,
    );
    return state as Operation;
  }
}
