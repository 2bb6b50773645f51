import { Query } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { UserIdentity } from '../issue-token/issue-token.command';
import type { UserRecord } from '../users/user.record';

/** A user as an admin sees them in the list: who, what role and force, since when; never a password hash. */
export class ListedUser extends UserIdentity {
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({
    description: 'Disabled by an admin: cannot sign in, and every token of theirs is refused.',
  })
  disabled!: boolean;
}

/** Built field by field, so a hash can never leak into an answer. */
export const listedUser = (user: UserRecord): ListedUser => ({
  username: user.username,
  role: user.role,
  force: user.force,
  createdAt: user.createdAt.toISOString(),
  disabled: user.disabledAt !== null,
});

/** It takes no input: an admin sees every user. */
export class ListUsersQuery extends Query<ListedUser[]> {
  private constructor() {
    super();
  }

  static create() {
    return new ListUsersQuery();
  }
}
