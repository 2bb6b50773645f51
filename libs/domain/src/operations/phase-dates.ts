import { londonDateOf } from '../shared/dates';
import { RuleViolated } from '../shared/errors';
import type { PhaseFacts } from './operation.commands';

/**
 * The rules every set of phase dates keeps, whether it is being closed or put right: it
 * ends on or after it starts, not in the future (a phase closed "on 2099-01-01" would be
 * closed at once for ever), and every entry that still counts lies within it.
 */
export const assertPhaseDates = (
  phase: number,
  startsOn: string,
  endsOn: string | null,
  { now, activeEntryDays }: PhaseFacts,
): void => {
  if (endsOn !== null && endsOn < startsOn)
    throw new RuleViolated(
      'phase-ends-before-it-starts',
      `endsOn ${endsOn} is before startsOn ${startsOn}`,
    );
  const today = londonDateOf(now);
  if (endsOn !== null && endsOn > today)
    throw new RuleViolated(
      'phase-ends-in-future',
      `endsOn ${endsOn} is after today (${today}, UK time): a phase closes on its last day or later`,
    );
  const before = activeEntryDays.filter((day) => day < startsOn);
  if (before.length)
    throw new RuleViolated(
      'entries-before-start',
      `${countOf(before)} of phase ${phase} occurred before ${startsOn} (the earliest on ${min(before)}); correct or retract them first`,
    );
  const after = endsOn === null ? [] : activeEntryDays.filter((day) => day > endsOn);
  if (after.length)
    throw new RuleViolated(
      'entries-after-end',
      `${countOf(after)} of phase ${phase} occurred after ${endsOn} (the latest on ${max(after)}); correct or retract them first, or end the phase later`,
    );
};

const countOf = (days: string[]) =>
  days.length === 1 ? '1 active entry' : `${days.length} active entries`;
const min = (days: string[]) => days.reduce((a, b) => (a < b ? a : b));
const max = (days: string[]) => days.reduce((a, b) => (a > b ? a : b));
