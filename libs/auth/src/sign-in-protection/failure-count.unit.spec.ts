import { afterFailure, secondsLocked, type FailureCount } from './failure-count';

const policy = { maxFailures: 3, lockoutSeconds: 60, windowSeconds: 300 };
const at = (seconds: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, seconds));
const fail = (times: number, start: FailureCount | null = null, when = at(0)) => {
  let count = start;
  for (let i = 0; i < times; i++) count = afterFailure(count, when, policy);
  return count!;
};

describe('failed sign-ins', () => {
  it('lock nothing below the limit', () => {
    expect(fail(2)).toEqual({ failures: 2, windowStartedAt: at(0), lockedUntil: null });
    expect(secondsLocked(fail(2), at(1))).toBe(0);
  });

  it('lock for the lockout period at the limit', () => {
    const locked = fail(3);
    expect(locked.lockedUntil).toEqual(at(60));
    expect(secondsLocked(locked, at(0))).toBe(60);
    expect(secondsLocked(locked, at(59))).toBe(1);
  });

  it('lift the lock once its period has passed, and count afresh after it', () => {
    const locked = fail(3);
    expect(secondsLocked(locked, at(60))).toBe(0);
    expect(afterFailure(locked, at(61), policy)).toEqual({
      failures: 1,
      windowStartedAt: at(61),
      lockedUntil: null,
    });
  });

  it('forget failures older than the window', () => {
    const two = fail(2);
    expect(afterFailure(two, at(300), policy).failures).toBe(1);
    expect(afterFailure(two, at(299), policy).lockedUntil).toEqual(at(359));
  });

  it('never lock for longer than the period, however many failures', () => {
    const many = fail(50);
    expect(secondsLocked(many, at(0))).toBe(60);
  });
});
