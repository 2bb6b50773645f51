import {
  DuplicateEventId,
  WrongExpectedRevision,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
} from '../port';

/** What the store holds when an append is refused: the stream's revision, and its ids. */
export interface RefusalFacts {
  /** null when the stream does not exist. */
  revision: bigint | null;
  /** Events already stored under the append's ids, in global order. */
  stored: {
    eventId: string;
    streamName: string;
    revision: bigint;
    position: bigint;
    /** Whether it holds the type and data the refused append brought under its id. */
    sameContent: boolean;
  }[];
}

/**
 * An append that did not go through is still a success if it is a retry of one that
 * did: the same events (ids, types and data), in this stream, right after the expected
 * revision. Answers with where they landed; otherwise throws the conflict. The same ids
 * with other data are another writer's events, refused as ids already used: two
 * processes racing one entry id with different details must not both be told theirs
 * was stored.
 */
export const retriedAppendOrConflict = (
  streamName: string,
  events: EventToAppend[],
  expected: ExpectedRevision,
  { revision, stored }: RefusalFacts,
): AppendResult => {
  const sameAppend =
    stored.length === events.length &&
    stored.every(
      (event, i) =>
        event.streamName === streamName &&
        event.eventId === events[i].id &&
        event.sameContent &&
        (typeof expected !== 'bigint' || event.revision === expected + 1n + BigInt(i)),
    );
  if (sameAppend)
    return {
      nextExpectedRevision: stored[stored.length - 1].revision,
      positions: stored.map((event) => event.position),
      alreadyStored: true,
    };
  if (stored.length > 0)
    throw new DuplicateEventId(
      streamName,
      stored.map((event) => event.eventId),
    );
  throw new WrongExpectedRevision(streamName, expected, revision ?? 'no_stream');
};
