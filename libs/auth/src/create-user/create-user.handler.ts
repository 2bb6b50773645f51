import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Conflict } from '@ros/domain';
import { hashPassword } from '../users/passwords';
import { UsersRepository } from '../users/users.repository';
import { CreateUserCommand, type CreatedUser } from './create-user.command';

@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand> {
  constructor(private readonly users: UsersRepository) {}

  async execute({ input, actor }: CreateUserCommand): Promise<CreatedUser> {
    const user = {
      username: input.username,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      force: input.force ?? null,
      createdBy: actor.username,
    };
    if (!(await this.users.add(user)))
      throw new Conflict(`User '${input.username}' already exists`);
    const stored = (await this.users.find(input.username))!;
    return {
      username: stored.username,
      role: stored.role,
      force: stored.force,
      createdAt: stored.createdAt.toISOString(),
      createdBy: stored.createdBy,
    };
  }
}
