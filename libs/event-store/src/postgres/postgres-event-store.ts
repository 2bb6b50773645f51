import { Pool, type PoolClient } from 'pg';
import {
  categoryOf,
  DuplicateEventId,
  WrongExpectedRevision,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  type Subscription,
} from '../port';
import { upcasterOf, type Upcaster } from '../upcasting';
import { MAX_EVENTS_PER_APPEND, positionSql, READABLE_BOUND_SQL } from './global-order';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';
import { PostgresSubscription, EVENTS_CHANNEL } from './postgres-subscription';

export interface PostgresEventStoreOptions {
  connectionString: string;
  poolSize?: number;
  upcasters?: readonly Upcaster[];
  /** Test seam: runs inside each append's transaction just before it commits. */
  beforeCommit?: (streamName: string) => Promise<void>;
  /** How often a subscription looks for events when no notification woke it. */
  pollIntervalMs?: number;
}

const UNIQUE_VIOLATION = '23505';
const DEFAULT_READ_BATCH = 1000;

export class PostgresEventStore implements EventStore {
  private readonly upcast: (event: RecordedEvent) => RecordedEvent;
  private readonly pool: Pool;

  constructor(private readonly options: PostgresEventStoreOptions) {
    this.upcast = upcasterOf(options.upcasters ?? []);
    this.pool = new Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 20,
    });
    // An idle connection dropped by the server must not take the process down.
    this.pool.on('error', () => undefined);
  }

  async appendToStream(
    streamName: string,
    events: EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('An append needs at least one event');
    if (events.length > MAX_EVENTS_PER_APPEND)
      throw new Error(`An append holds at most ${MAX_EVENTS_PER_APPEND} events`);
    const appended = await this.tryAppend(streamName, events, expectedRevision);
    // Checked on a connection of its own, once the failed transaction's is back in the pool.
    return appended ?? this.retriedAppendOrConflict(streamName, events, expectedRevision);
  }

  /** Appends in one transaction; null when the revision or an event id says no. */
  private async tryAppend(
    streamName: string,
    events: EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult | null> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Taken before the first write, so the later append to a stream gets the larger xid.
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [streamName]);
      const revision = await this.advanceRevision(
        client,
        streamName,
        expectedRevision,
        events.length,
      );
      if (revision === null) {
        await client.query('ROLLBACK');
        return null;
      }
      const firstRevision = revision - BigInt(events.length) + 1n;
      const positions = await this.insertEvents(client, streamName, firstRevision, events);
      await client.query(`SELECT pg_notify('${EVENTS_CHANNEL}', '')`);
      await this.options.beforeCommit?.(streamName);
      await client.query('COMMIT');
      return { nextExpectedRevision: revision, positions };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    } finally {
      client.release();
    }
  }

  async readStream(
    streamName: string,
    options: { fromRevision?: bigint } = {},
  ): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE stream_name = $1 AND stream_revision >= $2 ORDER BY stream_revision`,
      [streamName, String(options.fromRevision ?? 0n)],
    );
    return rows.map((row) => this.upcast(toRecordedEvent(row)));
  }

  async readCategory(category: string, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const bound = await this.readableBound();
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE stream_category = $1 AND position > $2 ORDER BY position LIMIT $3`,
      [category, String(options.after ?? -1n), options.maxCount ?? DEFAULT_READ_BATCH],
    );
    return this.readable(rows, bound);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const bound = await this.readableBound();
    // Only a lower bound in SQL, so PostgreSQL walks the position index and stops at the
    // limit; the readable bound is applied to what comes back.
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
      [String(options.after ?? -1n), options.maxCount ?? DEFAULT_READ_BATCH],
    );
    return this.readable(rows, bound);
  }

  /** The rows below the readable bound, in order, upcast; the rest wait for a later read. */
  private readable(rows: EventRow[], bound: bigint): RecordedEvent[] {
    const events: RecordedEvent[] = [];
    for (const row of rows) {
      const event = toRecordedEvent(row);
      if (event.position >= bound) break;
      events.push(this.upcast(event));
    }
    return events;
  }

  /** The first position a reader may not read yet (see global-order.ts). */
  private async readableBound(): Promise<bigint> {
    const { rows } = await this.pool.query<{ bound: string }>(READABLE_BOUND_SQL);
    return BigInt(rows[0].bound);
  }

  subscribeToAll(options: ReadAllOptions = {}): Subscription {
    return new PostgresSubscription(
      this.options.connectionString,
      (after, maxCount) => this.readAll({ after, maxCount }),
      {
        after: options.after,
        maxCount: options.maxCount ?? DEFAULT_READ_BATCH,
        pollIntervalMs: this.options.pollIntervalMs ?? 100,
      },
    );
  }

  async headPosition(): Promise<Position | null> {
    const { rows } = await this.pool.query<{ head: string | null }>(
      `SELECT max(position) AS head FROM events WHERE position < $1`,
      [String(await this.readableBound())],
    );
    return rows[0].head === null ? null : BigInt(rows[0].head);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1 FROM events LIMIT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Moves the stream's revision on if it is where the caller expects; null if not. */
  private async advanceRevision(
    client: PoolClient,
    streamName: string,
    expected: ExpectedRevision,
    count: number,
  ): Promise<bigint | null> {
    const n = String(count);
    const sql =
      expected === 'no_stream'
        ? `INSERT INTO event_streams VALUES ($1, $2::bigint - 1) ON CONFLICT DO NOTHING RETURNING revision`
        : expected === 'any'
          ? `INSERT INTO event_streams VALUES ($1, $2::bigint - 1)
             ON CONFLICT (stream_name) DO UPDATE SET revision = event_streams.revision + $2
             RETURNING revision`
          : expected === 'stream_exists'
            ? `UPDATE event_streams SET revision = revision + $2 WHERE stream_name = $1 RETURNING revision`
            : `UPDATE event_streams SET revision = revision + $2
                WHERE stream_name = $1 AND revision = $3 RETURNING revision`;
    const params =
      typeof expected === 'bigint' ? [streamName, n, String(expected)] : [streamName, n];
    const { rows } = await client.query<{ revision: string }>(sql, params);
    return rows.length ? BigInt(rows[0].revision) : null;
  }

  private async insertEvents(
    client: PoolClient,
    streamName: string,
    firstRevision: bigint,
    events: EventToAppend[],
  ): Promise<Position[]> {
    const { rows } = await client.query<{ position: string }>(
      `INSERT INTO events (position, transaction_id, event_id, stream_name, stream_category,
                           stream_revision, event_type, schema_version, data, metadata)
       SELECT ${positionSql('e.ordinal - 1')}, pg_current_xact_id(), e.id, $1, $2,
              $3::bigint + e.ordinal - 1, e.type, (e.metadata->>'schemaVersion')::int, e.data, e.metadata
         FROM unnest($4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[])
              WITH ORDINALITY AS e(id, type, data, metadata, ordinal)
       RETURNING position`,
      [
        streamName,
        categoryOf(streamName),
        String(firstRevision),
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        events.map((e) => JSON.stringify(e.metadata)),
      ],
    );
    return rows.map((row) => BigInt(row.position)).sort((a, b) => (a < b ? -1 : 1));
  }

  /**
   * An append that did not go through is still a success if it is a retry of one that
   * did: the same event ids, in this stream, right after the expected revision.
   */
  private async retriedAppendOrConflict(
    streamName: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const { rows } = await this.pool.query<{
      event_id: string;
      stream_name: string;
      stream_revision: string;
      position: string;
    }>(
      `SELECT event_id, stream_name, stream_revision, position FROM events
        WHERE event_id = ANY($1::uuid[]) ORDER BY position`,
      [events.map((e) => e.id)],
    );
    const sameAppend =
      rows.length === events.length &&
      rows.every(
        (row, i) =>
          row.stream_name === streamName &&
          row.event_id === events[i].id &&
          (typeof expected !== 'bigint' ||
            BigInt(row.stream_revision) === expected + 1n + BigInt(i)),
      );
    if (sameAppend)
      return {
        nextExpectedRevision: BigInt(rows[rows.length - 1].stream_revision),
        positions: rows.map((row) => BigInt(row.position)),
      };
    if (rows.length > 0)
      throw new DuplicateEventId(
        streamName,
        rows.map((row) => row.event_id),
      );
    throw new WrongExpectedRevision(streamName, expected, await this.currentRevision(streamName));
  }

  private async currentRevision(streamName: string): Promise<bigint | 'no_stream'> {
    const { rows } = await this.pool.query<{ revision: string }>(
      'SELECT revision FROM event_streams WHERE stream_name = $1',
      [streamName],
    );
    return rows.length ? BigInt(rows[0].revision) : 'no_stream';
  }
}
