import { Command } from '@nestjs/cqrs';
import type { Actor } from '@ros/domain';
import type { ListedUser } from '../list-users/list-users.query';
import { checkedUsername } from '../users/username';

/** An admin re-enables a disabled user: they sign in again with their password. */
export class EnableUserCommand extends Command<ListedUser> {
  private constructor(
    readonly username: string,
    readonly actor: Actor,
  ) {
    super();
  }

  static create(username: unknown, actor: Actor): EnableUserCommand {
    return new EnableUserCommand(checkedUsername(username), actor);
  }
}
