import { createHash } from 'node:crypto';
import { Injectable, type ExecutionContext } from '@nestjs/common';
import {
  ThrottlerGuard,
  ThrottlerModule,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
} from '@nestjs/throttler';
import type { AuthenticatedRequest } from '@ros/auth';
import { TooManyRequests, type AppConfig } from '@ros/platform';
import type { Request } from 'express';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isRead = (context: ExecutionContext) =>
  READS.has(context.switchToHttp().getRequest<Request>().method);

/**
 * Requests per minute, reads and writes counted apart, for each signed-in user across every
 * route (by address before sign-in: the token route). Generous: a person at the dashboard
 * never meets them; a runaway script or a stolen token does. Counts are in memory, per
 * instance: they bound a burst, they are not a quota.
 */
export const rateLimits = (config: AppConfig) =>
  ThrottlerModule.forRoot({
    throttlers: [
      {
        name: 'reads',
        ttl: 60_000,
        limit: config.rateLimits.readsPerMinute,
        skipIf: (context) => !isRead(context),
      },
      {
        name: 'writes',
        ttl: 60_000,
        limit: config.rateLimits.writesPerMinute,
        skipIf: isRead,
      },
    ],
    // Retry-After alone, set by the error filter; no X-RateLimit-* headers on every answer.
    setHeaders: false,
  } satisfies ThrottlerModuleOptions);

/** Runs after the access guard, so a signed-in user is counted as themselves. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getTracker(request: AuthenticatedRequest & { ip?: string }): Promise<string> {
    const actor = request.actor;
    return Promise.resolve(actor ? `user:${actor.username}` : `address:${request.ip}`);
  }

  protected override generateKey(_: ExecutionContext, tracker: string, name: string): string {
    return createHash('sha256').update(`${name}:${tracker}`).digest('hex');
  }

  protected override throwThrottlingException(
    context: ExecutionContext,
    { timeToBlockExpire }: ThrottlerLimitDetail,
  ): Promise<void> {
    const what = isRead(context) ? 'reads' : 'writes';
    throw new TooManyRequests(
      `Too many ${what} in a minute; try again in ${timeToBlockExpire} seconds`,
      timeToBlockExpire,
    );
  }
}
