import { Command } from '@nestjs/cqrs';
import { type EntryDetails, type LogEntry, operationIdFrom, type Provenance } from '@ros/domain';
import type { Landing } from '../../event-sourcing/stream-repository';
import { parseEntryWithId } from '../entry-input/parse-entry';
import type { EntryLogOutcome } from '../entry-receipt';

export class LogEntryCommand extends Command<EntryLogOutcome> {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    readonly entryId: string,
    readonly details: EntryDetails,
    readonly provenance: Provenance,
  ) {
    super();
  }

  /** Refuses an invalid entry (400, every offending field named) before anything is read. */
  static create(
    operation: unknown,
    phase: number,
    body: unknown,
    provenance: Provenance,
  ): LogEntryCommand {
    const { entryId, details } = parseEntryWithId(body);
    return new LogEntryCommand(operationIdFrom(operation), phase, entryId, details, provenance);
  }

  /** The command as the domain's entries decider takes it. */
  toLogEntry(): LogEntry {
    const { operation, phase, entryId, details, provenance } = this;
    return { type: 'LogEntry', data: { operation, phase, entryId, details }, metadata: provenance };
  }

  /** What the API answers for the entry: where it was logged (a repeat: where it first was). */
  outcome(outcome: EntryLogOutcome['outcome'], { position, revision }: Landing): EntryLogOutcome {
    const { entryId, operation, phase, details } = this;
    return {
      outcome,
      receipt: {
        entryId,
        operation,
        phase,
        force: details.force,
        position,
        streamRevision: revision,
      },
    };
  }
}
