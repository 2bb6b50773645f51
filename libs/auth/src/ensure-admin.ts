import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, ConfigurationError, type AppConfig } from '@ros/platform';
import { SessionsRepository } from './sessions/sessions.repository';
import { SignInThrottle } from './sign-in-protection/sign-in-throttle';
import { passwordNamesUser, passwordProblem } from './users/password-rule';
import { hashPassword, verifyPassword } from './users/passwords';
import { UsersRepository } from './users/users.repository';

/**
 * On start, ADMIN_USERNAME + ADMIN_PASSWORD ensure an admin exists (and reset its
 * password, so an operator locked out can get back in). Without ADMIN_PASSWORD, a first
 * start generates one into DATA_DIR rather than shipping a default anyone could guess.
 * In production neither is good enough: a generated password sits in a file on the
 * server's disk, so the start is refused until the operator gives one of their own.
 */
@Injectable()
export class EnsureAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminUsername: username, adminPassword } = this.config;
    if (adminPassword) this.judgePassword(adminPassword, username);
    const existing = await this.users.find(username);
    if (this.config.production && !adminPassword) {
      if (!existing) throw refusal(`the admin '${username}' does not exist yet`);
      if (await this.stillGenerated(existing.passwordHash))
        throw refusal(`the admin's password is still the one generated into ${this.file}`);
    }
    if (existing && !adminPassword) return;
    if (existing && adminPassword) {
      if (!(await verifyPassword(adminPassword, existing.passwordHash))) {
        await this.users.setPassword(username, await hashPassword(adminPassword));
        // As when an admin resets a password: whoever held the old one is signed out, and
        // the operator who was locked out can sign in at once.
        await this.sessions.revokeAllOf(username);
        await this.throttle.forget(username);
        this.logger.log(`Password of '${username}' set from ADMIN_PASSWORD; its sessions ended`);
      }
      // Left disabled: ADMIN_PASSWORD stays in the environment, and would otherwise undo
      // on every start what an admin decided.
      if (existing.disabledAt)
        this.logger.warn(
          `The admin '${username}' is disabled: ADMIN_PASSWORD does not enable it; another admin can (POST /api/users/${username}/enable)`,
        );
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

  /** The rule every user's password keeps: refused in production, a warning elsewhere. */
  private judgePassword(password: string, username: string): void {
    const problem =
      passwordProblem(password, 'ADMIN_PASSWORD') ??
      passwordNamesUser(password, username, 'ADMIN_PASSWORD');
    if (!problem) return;
    if (this.config.production) throw new ConfigurationError([problem]);
    this.logger.warn(`${problem} (a start with NODE_ENV=production would be refused)`);
  }

  private get file(): string {
    return join(this.config.dataDir, 'admin-password');
  }

  private async stillGenerated(passwordHash: string): Promise<boolean> {
    if (!existsSync(this.file)) return false;
    return verifyPassword(readFileSync(this.file, 'utf8').trim(), passwordHash);
  }

  private generatedPassword(): string {
    const file = this.file;
    const password = randomBytes(18).toString('base64url');
    if (!existsSync(file)) writeFileSync(file, `${password}\n`, { mode: 0o600 });
    this.logger.warn(`No ADMIN_PASSWORD set: the admin's password was generated into ${file}`);
    return password;
  }
}

const refusal = (why: string) =>
  new ConfigurationError([
    `ADMIN_PASSWORD (or ADMIN_PASSWORD_FILE) is required when NODE_ENV=production: ${why}, and a generated password is not kept in production`,
  ]);
