import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UsersRepository } from '../users/users.repository';
import { listedUser, ListUsersQuery, type ListedUser } from './list-users.query';

/** Every user, by username. */
@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly users: UsersRepository) {}

  async execute(): Promise<ListedUser[]> {
    return (await this.users.all()).map(listedUser);
  }
}
