import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFound } from '@ros/domain';
import { listedUser, type ListedUser } from '../list-users/list-users.query';
import { UsersRepository } from '../users/users.repository';
import { EnableUserCommand } from './enable-user.command';

/** Tokens revoked when the user was disabled stay revoked: they sign in afresh. */
@CommandHandler(EnableUserCommand)
export class EnableUserHandler implements ICommandHandler<EnableUserCommand> {
  private readonly logger = new Logger('auth');

  constructor(private readonly users: UsersRepository) {}

  async execute({ username, actor }: EnableUserCommand): Promise<ListedUser> {
    const user = await this.users.find(username);
    if (!user) throw new NotFound(`No user '${username}'`);
    if (user.disabledAt) {
      await this.users.setDisabled(user.username, null);
      this.logger.log(`User '${user.username}' re-enabled by '${actor.username}'`);
    }
    return listedUser((await this.users.find(user.username))!);
  }
}
