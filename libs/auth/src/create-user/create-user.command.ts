import { Command } from '@nestjs/cqrs';
import { InvalidInput, roleNeedsForce, type Actor, type ForceId, type Role } from '@ros/domain';
import { validated } from '@ros/platform';
import { CreateUserInput } from './create-user.input';

export interface CreatedUser {
  username: string;
  role: Role;
  force: ForceId | null;
  createdAt: string;
  createdBy: string;
}

export class CreateUserCommand extends Command<CreatedUser> {
  private constructor(
    readonly input: CreateUserInput,
    readonly actor: Actor,
  ) {
    super();
  }

  static create(body: unknown, actor: Actor): CreateUserCommand {
    const input = validated(CreateUserInput, body);
    if (roleNeedsForce(input.role) && !input.force)
      throw new InvalidInput([`force is required for a ${input.role}`]);
    if (!roleNeedsForce(input.role) && input.force)
      throw new InvalidInput([`force must not be given for an ${input.role}`]);
    return new CreateUserCommand(input, actor);
  }
}
