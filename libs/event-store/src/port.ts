/**
 * The event store port. Adapters: PostgreSQL (the embedded default) and EventStoreDB.
 * Nothing here is PostgreSQL's: positions are opaque 64-bit values that only compare,
 * and idempotency rests on event ids with an expected revision, as in EventStoreDB.
 */
export type Position = bigint;

/**
 * The revision the stream must be at (its last event's, from 0), or a looser promise.
 * A retry is recognised for certain only with a revision or `no_stream`: under `any`,
 * EventStoreDB remembers recent ids only, so what writes must never store twice (entries,
 * operations) never appends with `any`.
 */
export type ExpectedRevision = bigint | 'no_stream' | 'stream_exists' | 'any';

export interface EventMetadata {
  /** The schema version of `data`; older versions are upcast when read. */
  schemaVersion: number;
  [key: string]: unknown;
}

export interface EventToAppend {
  /**
   * A UUID; the store keeps each id once, so a retried append stores nothing twice.
   * (EventStoreDB also refuses an append over 1 MiB; ours are single entries, far below.)
   */
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface RecordedEvent extends EventToAppend {
  streamName: string;
  revision: bigint;
  position: Position;
  recordedAt: Date;
}

export interface AppendResult {
  /** The stream's revision after the append: the expected revision of the next one. */
  nextExpectedRevision: bigint;
  /** The global position of each appended event, in order. */
  positions: Position[];
  /**
   * True when nothing was written now: the same events were stored by an earlier append
   * (a retry, or another request that decided the same at the same moment), and this is
   * where they landed. Only one of two racing requests is then told it stored them.
   * EventStoreDB answers a retry as a plain success, so its adapter cannot say.
   */
  alreadyStored?: true;
}

/** One stream's part of an appendToStreams. */
export interface StreamAppend {
  streamName: string;
  events: EventToAppend[];
  expectedRevision: ExpectedRevision;
}

/** One stream's part of a readStreams: from its start unless a revision is given. */
export interface StreamRead {
  streamName: string;
  fromRevision?: bigint;
}

/** What became of one stream's part of an appendToStreams. */
export type StreamAppendOutcome =
  | { streamName: string; appended: AppendResult }
  | { streamName: string; refused: WrongExpectedRevision | DuplicateEventId };

export interface ReadAllOptions {
  /**
   * Read events after this position (exclusive); from the start when absent. A position
   * this store gave (an event's, or headPosition's): EventStoreDB refuses one that is not
   * where an event lies.
   */
  after?: Position;
  maxCount?: number;
}

/** Batches of events in global order, as they become readable; ends when closed. */
export interface Subscription extends AsyncIterable<RecordedEvent[]> {
  close(): Promise<void>;
}

export interface EventStore {
  appendToStream(
    streamName: string,
    events: EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;
  /**
   * Appends to several streams at once (an import), each judged as appendToStream judges
   * it: its expected revision, its event ids, a retry answered with the first result. One
   * refused does not stop the others, and its outcome says why. They are not atomic
   * together: an adapter may commit them in one transaction (PostgreSQL, when none is
   * refused) or one by one (EventStoreDB). A failure of the store itself rejects the
   * call, after which any of them may have been stored, as when an append's answer is
   * lost. Outcomes are in the order given; each stream at most once per call.
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]>;
  /** A stream's events in revision order; empty when the stream does not exist. */
  readStream(streamName: string, options?: { fromRevision?: bigint }): Promise<RecordedEvent[]>;
  /** Several streams' events at once, each as readStream reads it; each stream at most once. */
  readStreams(reads: readonly StreamRead[]): Promise<Map<string, RecordedEvent[]>>;
  /** Events of every stream named `<category>-…`, in global order. */
  readCategory(category: string, options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * Events of all streams in global order. Never returns an event at a position while an
   * event at a lower position may still become readable, so a reader that remembers the
   * last position it saw never skips one.
   */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: ReadAllOptions): Subscription;
  /** The position of the last readable event, or null when the store is empty. */
  headPosition(): Promise<Position | null>;
  /**
   * The position of the last event committed so far, readable yet or not: a reader that
   * waits until it has read this far has seen every append acknowledged before the call.
   * (On PostgreSQL an event committed moments after an earlier-numbered one, still open,
   * is not readable until that one ends; EventStoreDB has no such wait: it is headPosition.)
   */
  committedHead(): Promise<Position | null>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');

export class WrongExpectedRevision extends Error {
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${streamName} is at revision ${String(actual)}, not ${String(expected)}`);
  }
}

export class DuplicateEventId extends Error {
  constructor(
    readonly streamName: string,
    readonly eventIds: string[],
  ) {
    super(
      `Event id already stored elsewhere than this append to ${streamName}: ${eventIds.join(', ')}`,
    );
  }
}

/** The category of a stream: what comes before its first dash. */
export const categoryOf = (streamName: string): string => {
  const dash = streamName.indexOf('-');
  return dash === -1 ? streamName : streamName.slice(0, dash);
};
