import type { EntryRecord, ForceId } from '@ros/domain';
import type { AppendResult } from '@ros/event-store';

/** What the API answers when an entry is logged (201), or its logging retried (200). */
export interface EntryLoggedReceipt {
  entryId: string;
  operation: string;
  phase: number;
  force: ForceId;
  /** The global position of the event that logged the entry. */
  position: string;
  streamRevision: number;
  /** False when the request repeated what was already recorded. */
  created: boolean;
}

/** What the API answers about a correction or retraction. */
export interface EntryReceipt {
  entryId: string;
  operation: string;
  phase: number;
  force: ForceId;
  status: EntryRecord['status'];
  /** The global position of the event that recorded this write. */
  position: string;
  streamRevision: number;
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
