import { Command } from '@nestjs/cqrs';
import { type EntryDetails, operationIdFrom, type Provenance } from '@ros/domain';
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
}
