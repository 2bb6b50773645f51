import { Command } from '@nestjs/cqrs';
import { InvalidInput, type Actor } from '@ros/domain';
import { validated } from '@ros/platform';
import { passwordNamesUser } from '../users/password-rule';
import { ChangePasswordInput } from './change-password.input';

/** A person changes their own password, proving the current one first. */
export class ChangePasswordCommand extends Command<void> {
  private constructor(
    readonly input: ChangePasswordInput,
    readonly actor: Actor,
    /** The token it was sent with: kept, while every other token of theirs is revoked. */
    readonly sessionId: string,
  ) {
    super();
  }

  static create(body: unknown, actor: Actor, sessionId: string): ChangePasswordCommand {
    const input = validated(ChangePasswordInput, body);
    const problem = passwordNamesUser(input.newPassword, actor.username, 'newPassword');
    if (problem) throw new InvalidInput([problem]);
    return new ChangePasswordCommand(input, actor, sessionId);
  }
}
