import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, TooManyRequests, type AppConfig } from '@ros/platform';
import { secondsLocked } from './failure-count';
import { SignInFailuresRepository } from './sign-in-failures.repository';

/**
 * Failed sign-ins slow guessing down: after `maxFailures` within `windowSeconds` for one
 * account (whether or not it exists, so the answer says nothing of who has an account), or
 * `addressMaxFailures` from one address, that account or address is refused with 429 for
 * `lockoutSeconds`; never for longer, so
 * an attacker cannot lock a real user out for good. A successful sign-in clears the
 * account's count; an address's count only ages out (one's own good password must not
 * wipe the failures one sent at others).
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly failures: SignInFailuresRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 429 while the account or the address is locked. */
  async refuseIfLocked(username: string, address: string | null): Promise<void> {
    const { now, counts } = await this.failures.counts(keysOf(username, address));
    const seconds = Math.max(0, ...counts.map((count) => secondsLocked(count, now)));
    if (seconds > 0) throw tooMany(seconds);
  }

  /** Counts a failure; 429 (rather than the caller's 401) when this one locks. */
  async failed(username: string, address: string | null): Promise<void> {
    const { maxFailures, addressMaxFailures, lockoutSeconds, windowSeconds } = this.config.signIn;
    const [account, from] = keysOf(username, address);
    const policy = { maxFailures, lockoutSeconds, windowSeconds };
    const locks = [await this.failures.failed(account, policy)];
    if (from)
      locks.push(await this.failures.failed(from, { ...policy, maxFailures: addressMaxFailures }));
    const seconds = Math.max(0, ...locks.map((count) => secondsLocked(count, count.now)));
    if (seconds > 0) {
      this.logger.warn(
        `Sign-in locked for ${lockoutSeconds} s after repeated failures: ${[account, from].filter(Boolean).join(', ')}`,
      );
      throw tooMany(seconds);
    }
  }

  /** The account's failures no longer count: it signed in, or an admin set its password. */
  forget(username: string): Promise<void> {
    return this.failures.forget(keysOf(username, null)[0]);
  }
}

const keysOf = (username: string, address: string | null): string[] => [
  `account:${username.toLowerCase()}`,
  ...(address ? [`address:${address}`] : []),
];

const tooMany = (seconds: number) =>
  new TooManyRequests(
    `Too many failed sign-ins for this account or from this address; try again in ${
      seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`
    }`,
    seconds,
  );
