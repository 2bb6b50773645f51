import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserRecord } from './user.record';

/** The only door to the users table. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserRecord) private readonly users: Repository<UserRecord>) {}

  /** Usernames ignore case: `ADMIN` signs in as `admin`, and cannot be created beside it. */
  find(username: string): Promise<UserRecord | null> {
    return this.users
      .createQueryBuilder('user')
      .where('lower(user.username) = lower(:username)', { username })
      .getOne();
  }

  /** Every user, by username as people sort them (case ignored). */
  async all(): Promise<UserRecord[]> {
    const users = await this.users.find();
    return users.sort((a, b) => a.username.toLowerCase().localeCompare(b.username.toLowerCase()));
  }

  /** Adds a user; false when the username is taken, in any case. */
  async add(user: Omit<UserRecord, 'createdAt' | 'disabledAt' | 'disabledBy'>): Promise<boolean> {
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
    const user = await this.find(username);
    if (user) await this.users.update({ username: user.username }, { passwordHash });
  }

  /** Disables (by an admin) or re-enables (null) a user, named exactly as stored. */
  async setDisabled(username: string, by: string | null): Promise<void> {
    await this.users.update({ username }, { disabledAt: by ? new Date() : null, disabledBy: by });
  }
}
