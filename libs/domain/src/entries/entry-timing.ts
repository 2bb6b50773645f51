import type { Phase } from '../operations/operation';
import { RuleViolated } from '../shared/errors';
import { utcDateOf } from '../shared/dates';

/** How far ahead of the server's clock an entry's time may be (clients' clocks drift). */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** An entry cannot have happened before its phase started, nor in the future. */
export const assertOccurredInPhase = (occurredAt: string, phase: Phase, now: Date): void => {
  if (utcDateOf(occurredAt) < phase.startsOn)
    throw new RuleViolated(
      'phase-not-started',
      `occurredAt ${occurredAt} is before phase ${phase.number} started on ${phase.startsOn}`,
    );
  if (new Date(occurredAt).getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    throw new RuleViolated(
      'occurred-in-future',
      `occurredAt ${occurredAt} is more than 5 minutes ahead of the server's clock`,
    );
};
