import { Command } from '@nestjs/cqrs';
import { InvalidInput, type Actor } from '@ros/domain';
import { validated } from '@ros/platform';
import { passwordNamesUser } from '../users/password-rule';
import { checkedUsername } from '../users/username';
import { ResetPasswordInput } from './reset-password.input';

/** An admin sets someone's password (they forgot it, or it leaked). */
export class ResetPasswordCommand extends Command<void> {
  private constructor(
    readonly username: string,
    readonly input: ResetPasswordInput,
    readonly actor: Actor,
  ) {
    super();
  }

  static create(username: unknown, body: unknown, actor: Actor): ResetPasswordCommand {
    const name = checkedUsername(username);
    const input = validated(ResetPasswordInput, body);
    const problem = passwordNamesUser(input.password, name);
    if (problem) throw new InvalidInput([problem]);
    return new ResetPasswordCommand(name, input, actor);
  }
}
