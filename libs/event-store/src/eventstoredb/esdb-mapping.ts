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
import { isDeepStrictEqual } from 'node:util';
import {
  WrongExpectedRevision,
  type EventMetadata,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type RecordedEvent,
} from '../port';

/**
 * How the port's ideas map onto EventStoreDB's. Pure, so every rule here is unit-tested
 * without a server.
 *
 * Positions. EventStoreDB orders `$all` by (commit, prepare), and every event has its own
 * prepare position, written one after another: the prepare position alone is unique and
 * ascends in `$all` order, so it is the port's position. KurrentDB gives each event of an
 * append its own commit position too (commit = prepare), and {p, p} is then exactly where
 * the event lies: reading on from it neither skips nor repeats one. A server that writes
 * an append under one commit position (an explicit transaction, or an older server) would
 * need the reader to stop only at an append's end; pageEnd sees to that, and on KurrentDB
 * it never has to hold anything back.
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

/** The commit position of an event read from EventStoreDB (see the top: shared only by an explicit transaction's events). */
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

/**
 * Whether the stored events are the ones sent. Data is compared as the server keeps it,
 * JSON: an `undefined` field, a Date or a class instance sent must not make a stored
 * append look like someone else's.
 */
export const sameEvents = (landed: RecordedEvent[], sent: EventToAppend[]): boolean =>
  landed.length === sent.length &&
  landed.every(
    (event, i) =>
      event.id === sent[i].id &&
      event.type === sent[i].type &&
      isDeepStrictEqual(event.data, asStored(sent[i].data)),
  );

const asStored = (data: Record<string, unknown>): unknown => JSON.parse(JSON.stringify(data));

/**
 * The first revision of a category stream (`$ce-…`) whose linked event lies after `after`,
 * or null when none does. The by-category projection links events in `$all`'s order, so
 * their positions ascend with the links' revisions, and halving finds the place in about
 * log2(n) reads: reading from the start would read every earlier link again on each page.
 * A link whose event cannot be read (null) counts as after: the search may then start
 * early, never late, and the reader still skips what lies at or before `after`.
 */
export const firstRevisionAfter = async (
  lastRevision: bigint,
  positionAt: (revision: bigint) => Promise<Position | null>,
  after: Position,
): Promise<bigint | null> => {
  let low = 0n;
  let high = lastRevision + 1n;
  while (low < high) {
    const middle = (low + high) / 2n;
    const position = await positionAt(middle);
    if (position !== null && position <= after) low = middle + 1n;
    else high = middle;
  }
  return low > lastRevision ? null : low;
};
