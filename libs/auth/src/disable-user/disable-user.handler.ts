import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFound, RuleViolated } from '@ros/domain';
import { listedUser, type ListedUser } from '../list-users/list-users.query';
import { SessionsRepository } from '../sessions/sessions.repository';
import { UsersRepository } from '../users/users.repository';
import { DisableUserCommand } from './disable-user.command';

@CommandHandler(DisableUserCommand)
export class DisableUserHandler implements ICommandHandler<DisableUserCommand> {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
  ) {}

  async execute({ username, actor }: DisableUserCommand): Promise<ListedUser> {
    const user = await this.users.find(username);
    if (!user) throw new NotFound(`No user '${username}'`);
    // Otherwise the last admin could leave no one able to re-enable anyone.
    if (user.username === actor.username)
      throw new RuleViolated('cannot-disable-self', 'an admin cannot disable their own account');
    if (!user.disabledAt) {
      await this.users.setDisabled(user.username, actor.username);
      await this.sessions.revokeAllOf(user.username);
      this.logger.log(`User '${user.username}' disabled by '${actor.username}'`);
    }
    return listedUser((await this.users.find(user.username))!);
  }
}
