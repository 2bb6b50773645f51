import { Command } from '@nestjs/cqrs';
import { InvalidInput, scopeProblems, type Operation, type Provenance } from '@ros/domain';
import { validated } from '@ros/platform';
import { RegisterOperationInput } from './register-operation.input';

export class RegisterOperationCommand extends Command<Operation> {
  private constructor(
    readonly input: RegisterOperationInput,
    readonly provenance: Provenance,
  ) {
    super();
  }

  /** Refuses invalid input, so an invalid command cannot exist. */
  static create(body: unknown, provenance: Provenance): RegisterOperationCommand {
    const input = validated(RegisterOperationInput, body);
    const problems = scopeProblems(input.scope, input.forces);
    if (problems.length) throw new InvalidInput(problems);
    return new RegisterOperationCommand(input, provenance);
  }
}
