import { Query } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { UserIdentity } from '../issue-token/issue-token.command';

/** A user as an admin sees them in the list: who, what role and force, since when; never a password hash. */
export class ListedUser extends UserIdentity {
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

/** It takes no input: an admin sees every user. */
export class ListUsersQuery extends Query<ListedUser[]> {
  private constructor() {
    super();
  }

  static create() {
    return new ListUsersQuery();
  }
}
