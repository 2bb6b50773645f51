import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInput } from '@ros/domain';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SignInThrottle } from '../sign-in-protection/sign-in-throttle';
import { hashPassword, verifyPassword } from '../users/passwords';
import { UsersRepository } from '../users/users.repository';
import { ChangePasswordCommand } from './change-password.command';

/**
 * A wrong current password is a 400 (the token is fine, so not 401) and counts as a failed
 * sign-in: a stolen token cannot be used to guess the password faster than sign-in could.
 */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: SignInThrottle,
  ) {}

  async execute({ input, actor, sessionId }: ChangePasswordCommand): Promise<void> {
    await this.throttle.refuseIfLocked(actor.username, null);
    const user = (await this.users.find(actor.username))!; // the guard saw its session alive
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      await this.throttle.failed(actor.username, null);
      throw new InvalidInput(['currentPassword is not your current password']);
    }
    await this.users.setPassword(user.username, await hashPassword(input.newPassword));
    await this.sessions.revokeAllOf(user.username, sessionId);
  }
}
