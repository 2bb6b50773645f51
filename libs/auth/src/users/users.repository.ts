import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserRecord } from './user.record';

/** The only door to the users table. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserRecord) private readonly users: Repository<UserRecord>) {}

  find(username: string): Promise<UserRecord | null> {
    return this.users.findOneBy({ username });
  }

  /** Adds a user; false when the username is taken. */
  async add(user: Omit<UserRecord, 'createdAt'>): Promise<boolean> {
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values(user)
      .orIgnore()
      .returning('username')
      .execute();
    return result.raw.length === 1;
  }

  async setPassword(username: string, passwordHash: string): Promise<void> {
    await this.users.update({ username }, { passwordHash });
  }
}
