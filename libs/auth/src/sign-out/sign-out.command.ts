import { Command } from '@nestjs/cqrs';

/** Revokes the token it was sent with; the same token is refused (401) from then on. */
export class SignOutCommand extends Command<void> {
  private constructor(readonly sessionId: string) {
    super();
  }

  static create(sessionId: string): SignOutCommand {
    return new SignOutCommand(sessionId);
  }
}
