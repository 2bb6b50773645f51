import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ros/platform';
import { hashPassword, verifyPassword } from './users/passwords';
import { UsersRepository } from './users/users.repository';

/**
 * On start, ADMIN_USERNAME + ADMIN_PASSWORD ensure an admin exists (and reset its
 * password, so an operator locked out can get back in). Without ADMIN_PASSWORD, a first
 * start generates one into DATA_DIR rather than shipping a default anyone could guess.
 */
@Injectable()
export class EnsureAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminUsername: username, adminPassword } = this.config;
    const existing = await this.users.find(username);
    if (existing && !adminPassword) return;
    if (existing && adminPassword) {
      if (!(await verifyPassword(adminPassword, existing.passwordHash))) {
        await this.users.setPassword(username, await hashPassword(adminPassword));
        this.logger.log(`Password of '${username}' set from ADMIN_PASSWORD`);
      }
      return;
    }
    const password = adminPassword ?? this.generatedPassword();
    await this.users.add({
      username,
      passwordHash: await hashPassword(password),
      role: 'admin',
      force: null,
      createdBy: 'system',
    });
    this.logger.log(`Admin '${username}' created`);
  }

  private generatedPassword(): string {
    const file = join(this.config.dataDir, 'admin-password');
    const password = randomBytes(18).toString('base64url');
    if (!existsSync(file)) writeFileSync(file, `${password}\n`, { mode: 0o600 });
    this.logger.warn(`No ADMIN_PASSWORD set: the admin's password was generated into ${file}`);
    return password;
  }
}
