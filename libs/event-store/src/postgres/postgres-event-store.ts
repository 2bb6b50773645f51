import { Pool } from 'pg';
import {
  categoryOf,
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
import { appendOneByOne, assertReadsOnce, assertStreamsOnce } from '../append-many';
import { upcasterOf, type Upcaster } from '../upcasting';
import { MAX_EVENTS_PER_APPEND, READABLE_BOUND, readableOnly } from './global-order';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';
import { CommitNotifier } from './commit-notifier';
import { EVENTS_CHANNEL, PostgresSubscription } from './postgres-subscription';
import { retriedAppendOrConflict, type RefusalFacts } from './refused-append';

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
  private readonly notifier: CommitNotifier;

  constructor(private readonly options: PostgresEventStoreOptions) {
    this.upcast = upcasterOf(options.upcasters ?? []);
    this.pool = new Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 20,
    });
    // An idle connection dropped by the server must not take the process down.
    this.pool.on('error', () => undefined);
    // A wake-up need not wait for a WAL flush of its own: the appends it announces have
    // committed durably already. (Two statements in one message: one transaction.)
    this.notifier = new CommitNotifier(() =>
      this.pool.query(`SET LOCAL synchronous_commit = off; NOTIFY ${EVENTS_CHANNEL}`),
    );
  }

  async appendToStream(
    streamName: string,
    events: EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('An append needs at least one event');
    if (events.length > MAX_EVENTS_PER_APPEND)
      throw new Error(`An append holds at most ${MAX_EVENTS_PER_APPEND} events`);
    const row = await this.tryAppend(streamName, events, expectedRevision);
    if (row.appended) {
      this.notifier.committed();
      return {
        nextExpectedRevision: BigInt(row.revision_now!),
        positions: toBigInts(row.positions!),
      };
    }
    return retriedAppendOrConflict(streamName, events, expectedRevision, refusalFacts(row));
  }

  /**
   * One statement in autocommit: append_to_stream (migration 1763800000008) locks the
   * stream, checks and moves its revision, and inserts, or says why it did not.
   * An event id stored meanwhile by another append fails the insert; the facts are then
   * read on a connection of their own, once the failed statement's is back in the pool.
   */
  private async tryAppend(
    streamName: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendRow> {
    const values = appendParameters(streamName, events, expected);
    try {
      return this.options.beforeCommit
        ? await this.appendInTransaction(streamName, values, this.options.beforeCommit)
        : (await this.pool.query<AppendRow>({ name: 'append_to_stream', text: APPEND_SQL, values }))
            .rows[0];
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      const { rows } = await this.pool.query<AppendRow>({
        name: 'append_refusal_facts',
        text: REFUSAL_FACTS_SQL,
        values: [streamName, values[4], values[5], values[6]],
      });
      return rows[0];
    }
  }

  /** The test seam's path: the same statement, in a transaction held open for the seam. */
  private async appendInTransaction(
    streamName: string,
    values: unknown[],
    beforeCommit: (streamName: string) => Promise<void>,
  ): Promise<AppendRow> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<AppendRow>(APPEND_SQL, values);
      if (rows[0].appended) await beforeCommit(streamName);
      await client.query('COMMIT');
      return rows[0];
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * All of them in one statement and one commit (append_to_streams, migration
   * 1763800000011), which writes nothing if any is refused; then one by one, so that
   * each is judged as a single append is. Under the test seam, one by one.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
    assertStreamsOnce(appends);
    if (appends.length === 0) return [];
    const total = appends.reduce((sum, append) => sum + append.events.length, 0);
    if (appends.some((append) => append.events.length === 0))
      throw new Error('An append needs at least one event');
    if (total > MAX_EVENTS_PER_APPEND || this.options.beforeCommit || appends.length === 1)
      return appendOneByOne(this, appends);
    let row: { revisions_now: string[]; positions: string[] };
    try {
      row = (
        await this.pool.query({
          name: 'append_to_streams',
          text: APPEND_MANY_SQL,
          values: appendManyParameters(appends),
        })
      ).rows[0];
    } catch (error) {
      if (!REFUSED_TOGETHER.has((error as { code?: string }).code ?? '')) throw error;
      return appendOneByOne(this, appends);
    }
    this.notifier.committed();
    const positions = toBigInts(row.positions);
    let next = 0;
    return appends.map(({ streamName, events }, k) => ({
      streamName,
      appended: {
        nextExpectedRevision: BigInt(row.revisions_now[k]),
        positions: positions.slice(next, (next += events.length)),
      },
    }));
  }

  async readStreams(reads: readonly StreamRead[]): Promise<Map<string, RecordedEvent[]>> {
    assertReadsOnce(reads);
    const read = new Map<string, RecordedEvent[]>(reads.map(({ streamName }) => [streamName, []]));
    if (read.size === 0) return read;
    const { rows } = await this.pool.query<EventRow>({
      name: 'read_streams',
      text: `SELECT ${EVENT_COLUMNS} FROM events
               JOIN unnest($1::text[], $2::bigint[]) AS asked(name, from_revision)
                 ON stream_name = asked.name AND stream_revision >= asked.from_revision
              ORDER BY stream_name, stream_revision`,
      values: [
        reads.map(({ streamName }) => streamName),
        reads.map(({ fromRevision }) => String(fromRevision ?? 0n)),
      ],
    });
    for (const row of rows) {
      const event = this.upcast(toRecordedEvent(row));
      read.get(event.streamName)!.push(event);
    }
    return read;
  }

  async readStream(
    streamName: string,
    options: { fromRevision?: bigint } = {},
  ): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      name: 'read_stream',
      text: `SELECT ${EVENT_COLUMNS} FROM events
              WHERE stream_name = $1 AND stream_revision >= $2 ORDER BY stream_revision`,
      values: [streamName, String(options.fromRevision ?? 0n)],
    });
    return rows.map((row) => this.upcast(toRecordedEvent(row)));
  }

  async readCategory(category: string, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      name: 'read_category',
      text: readableOnly(`SELECT ${EVENT_COLUMNS} FROM events
                           WHERE stream_category = $1 AND position > $2 ORDER BY position LIMIT $3`),
      values: [category, String(options.after ?? -1n), options.maxCount ?? DEFAULT_READ_BATCH],
    });
    return rows.map((row) => this.upcast(toRecordedEvent(row)));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      name: 'read_all',
      text: readableOnly(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
      ),
      values: [String(options.after ?? -1n), options.maxCount ?? DEFAULT_READ_BATCH],
    });
    return rows.map((row) => this.upcast(toRecordedEvent(row)));
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
    const { rows } = await this.pool.query<{ head: string | null }>({
      name: 'head_position',
      text: `SELECT max(position) AS head FROM events WHERE position < ${READABLE_BOUND}`,
    });
    return rows[0].head === null ? null : BigInt(rows[0].head);
  }

  async committedHead(): Promise<Position | null> {
    const { rows } = await this.pool.query<{ head: string | null }>({
      name: 'committed_head',
      text: `SELECT max(position) AS head FROM events`,
    });
    return rows[0].head === null ? null : BigInt(rows[0].head);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1 FROM events LIMIT 1');
  }

  async close(): Promise<void> {
    await this.notifier.idle();
    await this.pool.end();
  }
}

interface AppendRow {
  appended: boolean;
  revision_now: string | null;
  positions: string[] | null;
  stored_ids: string[] | null;
  stored_streams: string[] | null;
  stored_revisions: string[] | null;
  stored_positions: string[] | null;
  stored_same: boolean[] | null;
}

/**
 * Why a statement of many appends wrote nothing that one-by-one appends may still judge
 * apart: a stream not at its revision (RS409, raised by append_to_streams), an event id
 * already stored, or a deadlock with another import over the same ids.
 */
const REFUSED_TOGETHER = new Set(['RS409', UNIQUE_VIOLATION, '40P01']);

const APPEND_MANY_SQL = `SELECT * FROM append_to_streams($1::text[], $2::text[], $3::text[],
  $4::bigint[], $5::int[], $6::uuid[], $7::text[], $8::jsonb[], $9::jsonb[], $10::int[], $11::int[])`;

const appendManyParameters = (appends: readonly StreamAppend[]): unknown[] => {
  const events = appends.flatMap(({ events }, k) =>
    events.map((event, i) => ({ event, stream: k + 1, place: i + 1 })),
  );
  return [
    appends.map((append) => append.streamName),
    appends.map((append) => categoryOf(append.streamName)),
    appends.map(({ expectedRevision: expected }) =>
      typeof expected === 'bigint' ? 'revision' : expected,
    ),
    appends.map(({ expectedRevision: expected }) =>
      typeof expected === 'bigint' ? String(expected) : null,
    ),
    appends.map((append) => append.events.length),
    events.map(({ event }) => event.id),
    events.map(({ event }) => event.type),
    events.map(({ event }) => JSON.stringify(event.data)),
    events.map(({ event }) => JSON.stringify(event.metadata)),
    events.map(({ stream }) => stream),
    events.map(({ place }) => place),
  ];
};

const APPEND_SQL =
  'SELECT * FROM append_to_stream($1, $2, $3, $4, $5::uuid[], $6::text[], $7::jsonb[], $8::jsonb[])';

/** The same answer as a refused append_to_stream, for an append its insert refused. */
const REFUSAL_FACTS_SQL = `
  SELECT false AS appended,
         (SELECT revision FROM event_streams WHERE stream_name = $1) AS revision_now,
         NULL::bigint[] AS positions,
         array_agg(e.event_id ORDER BY e.position) AS stored_ids,
         array_agg(e.stream_name ORDER BY e.position) AS stored_streams,
         array_agg(e.stream_revision ORDER BY e.position) AS stored_revisions,
         array_agg(e.position ORDER BY e.position) AS stored_positions,
         array_agg(e.event_type = a.type AND e.data = a.data ORDER BY e.position) AS stored_same
    FROM events e JOIN unnest($2::uuid[], $3::text[], $4::jsonb[]) AS a(id, type, data)
         ON a.id = e.event_id`;

const appendParameters = (
  streamName: string,
  events: EventToAppend[],
  expected: ExpectedRevision,
): unknown[] => [
  streamName,
  categoryOf(streamName),
  typeof expected === 'bigint' ? 'revision' : expected,
  typeof expected === 'bigint' ? String(expected) : null,
  events.map((e) => e.id),
  events.map((e) => e.type),
  events.map((e) => JSON.stringify(e.data)),
  events.map((e) => JSON.stringify(e.metadata)),
];

const toBigInts = (values: string[]): bigint[] => values.map((value) => BigInt(value));

const refusalFacts = (row: AppendRow): RefusalFacts => {
  const ids = row.stored_ids ?? [];
  return {
    revision: row.revision_now === null ? null : BigInt(row.revision_now),
    stored: ids.map((eventId, i) => ({
      eventId,
      streamName: row.stored_streams![i],
      revision: BigInt(row.stored_revisions![i]),
      position: BigInt(row.stored_positions![i]),
      sameContent: row.stored_same![i],
    })),
  };
};
