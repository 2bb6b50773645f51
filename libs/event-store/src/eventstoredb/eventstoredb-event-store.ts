import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  jsonEvent,
  type AllStreamResolvedEvent,
  type ReadPosition,
} from '@eventstore/db-client';
import {
  WrongExpectedRevision,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  type StreamAppend,
  type StreamAppendOutcome,
  type StreamRead,
  type Subscription,
} from '../port';
import { appendOneByOne, assertStreamsOnce, readOneByOne } from '../append-many';
import { upcasterOf, type Upcaster } from '../upcasting';
import {
  esdbExpectedRevisionOf,
  firstRevisionAfter,
  isStreamNotFound,
  pageEnd,
  portErrorOf,
  portEventOf,
  readFromAfter,
  sameEvents,
  type Committed,
} from './esdb-mapping';
import { EventStoreDbSubscription } from './eventstoredb-subscription';

export interface EventStoreDbEventStoreOptions {
  /** e.g. `esdb://localhost:2113?tls=false`, or a cluster's `esdb+discover://…`. */
  connectionString: string;
  upcasters?: readonly Upcaster[];
  /** How often a subscription reads when no live notification woke it. */
  pollIntervalMs?: number;
}

const DEFAULT_READ_BATCH = 1000;

/**
 * The event store port on EventStoreDB (production). Event ids are the client's (an
 * entry's logging event takes the entry's id), appends carry the expected revision, and
 * the server keeps an append once when it is retried with the same ids at the same
 * revision. EventStoreDB deduplicates ids only within a stream: entry ids stay unique
 * across the store because each entry has its own stream, first appended with no_stream.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly upcast: (event: RecordedEvent) => RecordedEvent;
  private readonly subscriptions = new Set<EventStoreDbSubscription>();

  constructor(private readonly options: EventStoreDbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.upcast = upcasterOf(options.upcasters ?? []);
  }

  async appendToStream(
    streamName: string,
    events: EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('An append needs at least one event');
    let nextExpectedRevision: bigint;
    try {
      const result = await this.client.appendToStream(
        streamName,
        events.map((e) =>
          jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: e.metadata }),
        ),
        { expectedRevision: esdbExpectedRevisionOf(expectedRevision) },
      );
      nextExpectedRevision = result.nextExpectedRevision;
    } catch (error) {
      throw portErrorOf(error, streamName, expectedRevision);
    }
    // The server answers with the last event's position only; the port gives each one's.
    // Read back as stored, not upcast: an event written under an older schema is compared
    // with what was sent, not with what readers will see.
    const first = nextExpectedRevision - BigInt(events.length) + 1n;
    const landed = (await this.readStored(streamName, first)).slice(0, events.length);
    // The server takes a retry by its ids alone. Another writer's events under the same
    // ids, with other data, mean the stream moved on: the caller must read it again.
    if (!sameEvents(landed, events))
      throw new WrongExpectedRevision(streamName, expectedRevision, nextExpectedRevision);
    return {
      nextExpectedRevision,
      positions: landed.map((e) => e.position),
    };
  }

  /** EventStoreDB has no transaction across streams: each is its own append. */
  appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
    assertStreamsOnce(appends);
    return appendOneByOne(this, appends);
  }

  readStreams(reads: readonly StreamRead[]): Promise<Map<string, RecordedEvent[]>> {
    return readOneByOne(this, reads);
  }

  async readStream(
    streamName: string,
    options: { fromRevision?: bigint } = {},
  ): Promise<RecordedEvent[]> {
    return (await this.readStored(streamName, options.fromRevision)).map(this.upcast);
  }

  /** A stream's events as they were stored, before upcasting. */
  private async readStored(streamName: string, fromRevision?: bigint): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamName, {
        fromRevision: fromRevision ?? START,
        direction: FORWARDS,
      })) {
        const event = portEventOf(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  }

  /**
   * Read through the by-category projection's `$ce-<category>` stream (EventStoreDB's
   * standard projections must run, as docker-compose.yml starts them). It follows the
   * appends by moments, not at once as the PostgreSQL store does.
   */
  async readCategory(category: string, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? DEFAULT_READ_BATCH;
    const links = `$ce-${category}`;
    const { after } = options;
    const events: RecordedEvent[] = [];
    try {
      const from = after === undefined ? START : await this.firstLinkAfter(links, after);
      if (from === null) return [];
      for await (const resolved of this.client.readStream(links, {
        fromRevision: from,
        resolveLinkTos: true,
      })) {
        const event = portEventOf(resolved);
        if (!event || (after !== undefined && event.position <= after)) continue;
        events.push(this.upcast(event));
        if (events.length === maxCount) break;
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  }

  private async firstLinkAfter(links: string, after: Position): Promise<bigint | null> {
    let last: bigint | null = null;
    for await (const link of this.client.readStream(links, {
      fromRevision: END,
      direction: BACKWARDS,
      maxCount: 1,
    }))
      last = link.event?.revision ?? null;
    if (last === null) return null;
    return firstRevisionAfter(last, (revision) => this.linkedPosition(links, revision), after);
  }

  private async linkedPosition(links: string, revision: bigint): Promise<Position | null> {
    for await (const resolved of this.client.readStream(links, {
      fromRevision: revision,
      maxCount: 1,
      resolveLinkTos: true,
    }))
      return portEventOf(resolved)?.position ?? null;
    return null;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? DEFAULT_READ_BATCH;
    const read: Committed[] = [];
    let from: ReadPosition = options.after === undefined ? START : readFromAfter(options.after);
    let seen = options.after ?? -1n;
    for (;;) {
      const chunk = maxCount + 1;
      let count = 0;
      for await (const resolved of this.client.readAll({ fromPosition: from, maxCount: chunk })) {
        count++;
        from = resolved.event?.position ?? from;
        const event = portEventOf(resolved);
        if (!event || event.position <= seen) continue;
        seen = event.position;
        read.push({ event, commit: commitOf(resolved) });
      }
      const end = pageEnd(read, maxCount, count < chunk);
      if (end !== 'need-more') return read.slice(0, end).map((e) => this.upcast(e.event));
    }
  }

  subscribeToAll(options: ReadAllOptions = {}): Subscription {
    const subscription = new EventStoreDbSubscription(
      this.client,
      (after, maxCount) => this.readAll({ after, maxCount }),
      {
        after: options.after,
        maxCount: options.maxCount ?? DEFAULT_READ_BATCH,
        pollIntervalMs: this.options.pollIntervalMs ?? 1000,
        onClosed: () => this.subscriptions.delete(subscription),
      },
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * Backwards from the end of `$all`, a page at a time, to the newest event of ours: the
   * newest records may all be EventStoreDB's own (projections' checkpoints and links).
   */
  async headPosition(): Promise<Position | null> {
    const page = 100;
    let from: ReadPosition = END;
    for (;;) {
      let read = 0;
      let oldest: ReadPosition | undefined;
      for await (const resolved of this.client.readAll({
        fromPosition: from,
        direction: BACKWARDS,
        maxCount: page,
      })) {
        read++;
        const event = portEventOf(resolved);
        if (event) return event.position;
        oldest = resolved.event?.position ?? oldest;
      }
      if (read < page || !oldest || samePosition(oldest, from)) return null;
      from = oldest;
    }
  }

  /** Appends are readable once acknowledged: nothing committed waits behind another. */
  committedHead(): Promise<Position | null> {
    return this.headPosition();
  }

  async ping(): Promise<void> {
    for await (const _ of this.client.readAll({
      fromPosition: END,
      direction: BACKWARDS,
      maxCount: 1,
    }))
      void _;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }
}

const commitOf = (resolved: AllStreamResolvedEvent): bigint =>
  resolved.event?.position.commit ?? resolved.commitPosition ?? 0n;

const samePosition = (a: ReadPosition, b: ReadPosition): boolean =>
  typeof a === 'object' &&
  typeof b === 'object' &&
  a.commit === b.commit &&
  a.prepare === b.prepare;
