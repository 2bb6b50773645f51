import { ApiProperty } from '@nestjs/swagger';
import {
  ENTRY_STATUSES,
  FORCE_IDS,
  type EntryState,
  type EntryEvent,
  type EntryStatus,
  type ForceId,
  type PhaseRef,
} from '@ros/domain';
import { POSITION_SCHEMA } from '@ros/platform';
import type { Handled } from '../event-sourcing/stream-command-runner';

/** Where a write about an entry landed: what every answer to one says. */
class EntryWriteReceipt {
  @ApiProperty({ format: 'uuid' })
  entryId!: string;

  @ApiProperty()
  operation!: string;

  @ApiProperty({ type: 'integer' })
  phase!: number;

  @ApiProperty({ enum: FORCE_IDS })
  force!: ForceId;

  @ApiProperty({
    ...POSITION_SCHEMA,
    description:
      'The global position of the event that recorded the write: give it as `minPosition` to read your write.',
  })
  position!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The event’s revision in its stream.' })
  streamRevision!: number;
}

/** What the API answers when an entry is logged (201), or its logging retried (200). */
export class EntryLoggedReceipt extends EntryWriteReceipt {}

/** What logging an entry did: stored it, or found it stored before by the same request. */
export interface EntryLogOutcome {
  outcome: 'created' | 'repeated';
  /** For a repeat, exactly what the first request was answered. */
  receipt: EntryLoggedReceipt;
}

/** What the API answers about a correction or retraction. */
export class EntryReceipt extends EntryWriteReceipt {
  @ApiProperty({ enum: ENTRY_STATUSES })
  status!: EntryStatus;
}

/**
 * What a correction or retraction answers; a repeat answers where the entry's last
 * change landed, as the request it repeats was answered.
 */
export const changeReceiptOf = (
  { operation, phase, entryId }: PhaseRef & { entryId: string },
  handled: Handled<EntryState, EntryEvent>,
): EntryReceipt => {
  const entry = handled.state!;
  const landed =
    handled.outcome === 'created' ? handled.landed : handled.read.landings.get(entryId)!.last;
  return {
    entryId,
    operation,
    phase,
    force: entry.current.force,
    status: entry.status,
    position: landed.position,
    streamRevision: landed.revision,
  };
};
