import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UsersRepository } from '../users/users.repository';
import { ListUsersQuery, type ListedUser } from './list-users.query';

/** Every user, by username; the answer is built field by field so a hash can never leak into it. */
@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly users: UsersRepository) {}

  async execute(): Promise<ListedUser[]> {
    return (await this.users.all()).map((user) => ({
      username: user.username,
      role: user.role,
      force: user.force,
      createdAt: user.createdAt.toISOString(),
    }));
  }
}
