import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFound } from '@ros/domain';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SignInThrottle } from '../sign-in-protection/sign-in-throttle';
import { hashPassword } from '../users/passwords';
import { UsersRepository } from '../users/users.repository';
import { ResetPasswordCommand } from './reset-password.command';

/** The new password works at once; the old one and every token issued with it do not. */
@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand> {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: SignInThrottle,
  ) {}

  async execute({ username, input, actor }: ResetPasswordCommand): Promise<void> {
    const user = await this.users.find(username);
    if (!user) throw new NotFound(`No user '${username}'`);
    await this.users.setPassword(user.username, await hashPassword(input.password));
    await this.sessions.revokeAllOf(user.username);
    await this.throttle.forget(user.username); // the person can sign in with it straight away
    this.logger.log(`Password of '${user.username}' reset by '${actor.username}'`);
  }
}
