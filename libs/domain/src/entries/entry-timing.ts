import type { Phase } from '../operations/operation';
import { RuleViolated } from '../shared/errors';
import { londonDateOf } from '../shared/dates';

/** How far ahead of the server's clock an entry's time may be (clients' clocks drift). */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * An entry happened within its phase's dates, as UK calendar days (an arrest at 00:30 BST
 * on the first day counts on that day), and not in the future.
 */
export const assertOccurredInPhase = (occurredAt: string, phase: Phase, now: Date): void => {
  const day = londonDateOf(occurredAt);
  if (day < phase.startsOn)
    throw new RuleViolated(
      'phase-not-started',
      `occurredAt ${occurredAt} (${day}, UK time) is before phase ${phase.number} started on ${phase.startsOn}`,
    );
  if (phase.endsOn !== null && day > phase.endsOn)
    throw new RuleViolated(
      'phase-ended',
      `occurredAt ${occurredAt} (${day}, UK time) is after phase ${phase.number} ended on ${phase.endsOn}`,
    );
  if (new Date(occurredAt).getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    throw new RuleViolated(
      'occurred-in-future',
      `occurredAt ${occurredAt} is more than 5 minutes ahead of the server's clock`,
    );
};
