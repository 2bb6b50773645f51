import { Command } from '@nestjs/cqrs';
import type { Actor } from '@ros/domain';
import type { ListedUser } from '../list-users/list-users.query';
import { checkedUsername } from '../users/username';

/** An admin disables a user (a leaver, a leaked password): effective on their next request. */
export class DisableUserCommand extends Command<ListedUser> {
  private constructor(
    readonly username: string,
    readonly actor: Actor,
  ) {
    super();
  }

  static create(username: unknown, actor: Actor): DisableUserCommand {
    return new DisableUserCommand(checkedUsername(username), actor);
  }
}
