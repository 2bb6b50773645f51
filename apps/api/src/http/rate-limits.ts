import { createHash } from 'node:crypto';
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerModule,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { TokenSubject } from '@ros/auth';
import { TooManyRequests, type AppConfig } from '@ros/platform';
import type { FastifyRequest } from 'fastify';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isRead = (context: ExecutionContext) =>
  READS.has(context.switchToHttp().getRequest<FastifyRequest>().method);

/**
 * Requests per minute, reads and writes counted apart, for each signed-in user across every
 * route (by address without a token: sign-in). Generous: a person at the dashboard never
 * meets them; a runaway script or a stolen token does. Counts are in memory, per
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

/**
 * Counts by the token's user (its signature checked; global guards' order is Nest's to
 * choose, so this does not rely on the access guard having run first).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly subjects: TokenSubject,
  ) {
    super(options, storage, reflector);
  }

  protected override getTracker(request: FastifyRequest): Promise<string> {
    const user = this.subjects.of(request.headers.authorization);
    return Promise.resolve(user ? `user:${user}` : `address:${request.ip}`);
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
