import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SignOutCommand } from './sign-out.command';

@CommandHandler(SignOutCommand)
export class SignOutHandler implements ICommandHandler<SignOutCommand> {
  constructor(private readonly sessions: SessionsRepository) {}

  execute({ sessionId }: SignOutCommand): Promise<void> {
    return this.sessions.revoke(sessionId);
  }
}
