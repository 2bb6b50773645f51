import { ApiProperty } from '@nestjs/swagger';
import {
  ENTRY_STATUSES,
  FORCE_IDS,
  type EntryRecord,
  type EntryStatus,
  type ForceId,
} from '@ros/domain';
import type { AppendResult } from '@ros/event-store';
import { POSITION_SCHEMA } from '@ros/platform';

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

export const receiptOf = (
  ref: { operation: string; phase: number },
  entry: Pick<EntryRecord, 'entryId' | 'current' | 'status'>,
  recorded: { position: string; revision: number },
): EntryReceipt => ({
  entryId: entry.entryId,
  operation: ref.operation,
  phase: ref.phase,
  force: entry.current.force,
  status: entry.status,
  position: recorded.position,
  streamRevision: recorded.revision,
});

export const recordedFrom = (result: AppendResult) => ({
  position: result.positions[result.positions.length - 1].toString(),
  revision: Number(result.nextExpectedRevision),
});
