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
import { isDeepStrictEqual } from 'node:util';
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
  isStreamNotFound,
  pageEnd,
  portErrorOf,
  portEventOf,
  readFromAfter,
  type Committed,
} from './esdb-mapping';
import { EventStoreDbSubscription, type LiveFeedState } from './eventstoredb-subscription';

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
    const first = nextExpectedRevision - BigInt(events.length) + 1n;
    const landed = (await this.readStream(streamName, { fromRevision: first })).slice(
      0,
      events.length,
    );
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
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamName, {
        fromRevision: options.fromRevision ?? START,
        direction: FORWARDS,
      })) {
        const event = portEventOf(resolved);
        if (event) events.push(this.upcast(event));
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
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(`$ce-${category}`, {
        fromRevision: START,
        resolveLinkTos: true,
      })) {
        const event = portEventOf(resolved);
        if (!event || (options.after !== undefined && event.position <= options.after)) continue;
        events.push(this.upcast(event));
        if (events.length === maxCount) break;
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
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

  /** How the live feeds of open subscriptions stand, for health. */
  liveFeeds(): LiveFeedState[] {
    return [...this.subscriptions].map((s) => s.state());
  }

  async headPosition(): Promise<Position | null> {
    for await (const resolved of this.client.readAll({
      fromPosition: END,
      direction: BACKWARDS,
      maxCount: 100,
    })) {
      const event = portEventOf(resolved);
      if (event) return event.position;
    }
    // Nothing of ours among the newest 100: read forward to the last of ours, if any.
    let head: Position | null = null;
    for (let page = await this.readAll(); page.length; page = await this.readAll({ after: head! }))
      head = page[page.length - 1].position;
    return head;
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

const sameEvents = (landed: RecordedEvent[], sent: EventToAppend[]): boolean =>
  landed.length === sent.length &&
  landed.every(
    (event, i) =>
      event.id === sent[i].id &&
      event.type === sent[i].type &&
      isDeepStrictEqual(event.data, sent[i].data),
  );

const commitOf = (resolved: AllStreamResolvedEvent): bigint =>
  resolved.event?.position.commit ?? resolved.commitPosition ?? 0n;
