/** Failed sign-ins counted for one account or one address. */
export interface FailureCount {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export interface LockoutPolicy {
  /** Failures within the window that lock the account or address. */
  maxFailures: number;
  /** How long a lock lasts. */
  lockoutSeconds: number;
  /** How long a failure counts towards a lock. */
  windowSeconds: number;
}

/** Seconds until the lock lifts; 0 when there is none. */
export const secondsLocked = (count: FailureCount | null, now: Date): number =>
  count?.lockedUntil && count.lockedUntil > now
    ? Math.ceil((count.lockedUntil.getTime() - now.getTime()) / 1000)
    : 0;

/**
 * One more failure. Failures older than the window, or from before a lock that has
 * lifted, no longer count: a lock is always temporary, and after it the count starts again.
 */
export const afterFailure = (
  count: FailureCount | null,
  now: Date,
  { maxFailures, lockoutSeconds, windowSeconds }: LockoutPolicy,
): FailureCount => {
  const windowEnds = count && count.windowStartedAt.getTime() + windowSeconds * 1000;
  const stale =
    !count || windowEnds! <= now.getTime() || (count.lockedUntil && count.lockedUntil <= now);
  const failures = stale ? 1 : count.failures + 1;
  return {
    failures,
    windowStartedAt: stale ? now : count.windowStartedAt,
    lockedUntil:
      failures >= maxFailures
        ? new Date(now.getTime() + lockoutSeconds * 1000)
        : stale
          ? null
          : count.lockedUntil,
  };
};
