import { Command } from '@nestjs/cqrs';
import type { DomainError, Provenance } from '@ros/domain';
import { validated } from '@ros/platform';
import type { EntryLogOutcome } from '../entry-receipt';
import { LogEntriesBatchInput } from './log-entries-batch.input';

/** What became of one entry of a batch: what a POST of it alone would have done. */
export type BatchEntryOutcome =
  | EntryLogOutcome
  | {
      outcome: 'refused';
      /** The entryId as sent, so a client can match the refusal to its entry; null if none. */
      entryId: string | null;
      error: DomainError;
    };

export class LogEntriesBatchCommand extends Command<BatchEntryOutcome[]> {
  private constructor(
    /** As sent: each entry's own command checks it, so each result says what a POST alone would. */
    readonly operation: unknown,
    readonly phase: number,
    readonly entries: unknown[],
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(operation: unknown, phase: number, body: unknown, provenance: Provenance) {
    validated(LogEntriesBatchInput, body, '', { judgedApart: ['entries'] });
    // The entries as sent, not as transformed: each is validated on its own, odd keys included.
    const { entries } = body as LogEntriesBatchInput;
    return new LogEntriesBatchCommand(operation, phase, entries, provenance);
  }
}
