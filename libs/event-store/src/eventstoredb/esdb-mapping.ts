import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type CurrentRevision,
  type Position as EsdbPosition,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  WrongExpectedRevision,
  type EventMetadata,
  type ExpectedRevision,
  type Position,
  type RecordedEvent,
} from '../port';

/**
 * How the port's ideas map onto EventStoreDB's. Pure, so every rule here is unit-tested
 * without a server.
 *
 * Positions. EventStoreDB orders `$all` by (commit, prepare). The events of one append
 * share a commit position (the position of its first event) and each has its own prepare
 * position, written one after another. So the prepare position alone is unique and
 * ascends in `$all` order: it is the port's position. To resume after it, a reader must
 * not have stopped inside an append (see wholeAppends), and then {prepare, prepare} is a
 * valid place to read on from: the next append's commit position is beyond it.
 */
export const portPositionOf = (position: EsdbPosition): Position => position.prepare;

/** Where to read `$all` from to see what comes after `after` (that event excluded by the reader). */
export const readFromAfter = (after: Position): EsdbPosition => ({ commit: after, prepare: after });

export const esdbExpectedRevisionOf = (expected: ExpectedRevision): AppendExpectedRevision => {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  if (expected === 'any') return ANY;
  return expected;
};

const portRevisionOf = (
  revision: AppendExpectedRevision | CurrentRevision,
): bigint | 'no_stream' => (typeof revision === 'bigint' ? revision : 'no_stream');

/** The port's errors for the client's; anything else is passed on as it is. */
export const portErrorOf = (error: unknown, streamName: string, expected: ExpectedRevision) => {
  if (error instanceof WrongExpectedVersionError)
    return new WrongExpectedRevision(streamName, expected, portRevisionOf(error.actualVersion));
  return error;
};

export const isStreamNotFound = (error: unknown): boolean => error instanceof StreamNotFoundError;

/** Streams of EventStoreDB itself (`$…`), and its own event types, are not this system's. */
export const isSystemEvent = (streamName: string, type: string): boolean =>
  streamName.startsWith('$') || type.startsWith('$');

/**
 * A recorded event as the port gives it, or null for what is not one of ours: a system
 * event, a link whose target was deleted, or a non-JSON event.
 */
export const portEventOf = (
  resolved: ResolvedEvent | AllStreamResolvedEvent,
): RecordedEvent | null => {
  const event = resolved.event;
  if (!event || !event.isJson || isSystemEvent(event.streamId, event.type)) return null;
  if (!event.position)
    throw new Error(`EventStoreDB gave no position for ${event.streamId}@${event.revision}`);
  return {
    id: event.id,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata as EventMetadata,
    streamName: event.streamId,
    revision: event.revision,
    position: portPositionOf(event.position),
    recordedAt: event.created,
  };
};

/** The commit position of an event read from EventStoreDB: the same for every event of one append. */
export interface Committed {
  event: RecordedEvent;
  commit: bigint;
}

/**
 * How many of the events read so far make a page that ends at the end of an append, so a
 * reader who remembers the last position it saw resumes at an append's boundary (see the
 * top). At most `maxCount`, unless one append alone is larger: then that whole append.
 * `complete` says the end of the log was reached. 'need-more' asks the caller to read on.
 */
export const pageEnd = (
  read: readonly Committed[],
  maxCount: number,
  complete: boolean,
): number | 'need-more' => {
  if (read.length <= maxCount) return complete ? read.length : 'need-more';
  let end = maxCount;
  while (end > 0 && read[end - 1].commit === read[end].commit) end--;
  if (end > 0) return end;
  const firstOther = read.findIndex((e) => e.commit !== read[0].commit);
  if (firstOther !== -1) return firstOther;
  return complete ? read.length : 'need-more';
};
