import { Command } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { InvalidInput, roleNeedsForce, type Actor } from '@ros/domain';
import { validated } from '@ros/platform';
import { UserIdentity } from '../issue-token/issue-token.command';
import { passwordNamesUser } from '../users/password-rule';
import { CreateUserInput } from './create-user.input';

export class CreatedUser extends UserIdentity {
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'The admin who created the user.' })
  createdBy!: string;
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
    const problem = passwordNamesUser(input.password, input.username);
    if (problem) throw new InvalidInput([problem]);
    return new CreateUserCommand(input, actor);
  }
}
