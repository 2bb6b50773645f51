import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { anEvent } from '../contract/event-store.contract';
import type { AppendResult, ExpectedRevision } from '../port';
import { PostgresEventStore } from './postgres-event-store';

const WAITING_APPEND = 'ros-waiting-append';

interface Backend {
  backend_xid: string | null;
  wait_event_type: string | null;
  wait_event: string | null;
}

/**
 * Why appends to one stream queue on an advisory lock (global-order.ts): an append that
 * waits for another append to the same stream must not have a transaction id yet, so it
 * gets a larger one than the append it waited for, and a stream's revisions and its
 * events' global positions go up together. A row lock would not do: PostgreSQL gives an
 * UPDATE its transaction id before it waits for the row.
 */
describe('PostgreSQL event store: a second append to a stream waits without a transaction id', () => {
  let database: TestDatabase;
  let observer: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    observer = new Client({ connectionString: database.url });
    await observer.connect();
  });

  afterAll(async () => {
    await observer.end();
    await database.drop();
  });

  /** A store whose appends to `stream` stop just before they commit, until released. */
  const stallingStore = (stream: string) => {
    let reached!: () => void;
    let release!: () => void;
    const stalled = new Promise<void>((r) => (reached = r));
    const released = new Promise<void>((r) => (release = r));
    const store = new PostgresEventStore({
      connectionString: database.url,
      beforeCommit: async (name) => {
        if (name !== stream) return;
        reached();
        await released;
      },
    });
    return { store, stalled, release };
  };

  /** A store whose connections name themselves in pg_stat_activity. */
  const recognisableStore = (applicationName: string) => {
    const url = new URL(database.url);
    url.searchParams.set('application_name', applicationName);
    return new PostgresEventStore({ connectionString: url.toString() });
  };

  /** The recognisable store's backend, once it waits on a lock. */
  const waitingBackend = async (applicationName: string): Promise<Backend> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await observer.query<Backend>(
        `SELECT backend_xid::text, wait_event_type, wait_event FROM pg_stat_activity
          WHERE application_name = $1 AND datname = current_database() AND state = 'active'`,
        [applicationName],
      );
      if (rows[0]?.wait_event_type === 'Lock') return rows[0];
      if (Date.now() > deadline)
        throw new Error(
          `The second append never waited on a lock; its backend: ${JSON.stringify(rows)}`,
        );
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it.each<ExpectedRevision>(['stream_exists', 'any'])(
    'appending with expected revision %s',
    async (expectedRevision) => {
      const stream = `order-${randomUUID()}`;
      const seed = new PostgresEventStore({ connectionString: database.url });
      const first = stallingStore(stream);
      const applicationName = `${WAITING_APPEND}-${randomUUID()}`;
      const second = recognisableStore(applicationName);
      const appends: Promise<AppendResult>[] = [];
      try {
        await seed.appendToStream(stream, [anEvent()], { expectedRevision: 'no_stream' });

        const firstAppend = first.store.appendToStream(stream, [anEvent(), anEvent(), anEvent()], {
          expectedRevision,
        });
        appends.push(firstAppend);
        await first.stalled;
        const secondAppend = second.appendToStream(stream, [anEvent(), anEvent()], {
          expectedRevision,
        });
        appends.push(secondAppend);

        expect(await waitingBackend(applicationName)).toEqual({
          backend_xid: null,
          wait_event_type: 'Lock',
          wait_event: 'advisory',
        });

        first.release();
        const [firstResult, secondResult]: AppendResult[] = await Promise.all([
          firstAppend,
          secondAppend,
        ]);
        expect(firstResult.nextExpectedRevision).toBe(3n);
        expect(secondResult.nextExpectedRevision).toBe(5n);
        const lastOfFirst = firstResult.positions[firstResult.positions.length - 1];
        expect(secondResult.positions.every((p) => p > lastOfFirst)).toBe(true);
        const read = await seed.readStream(stream);
        const positions = read.map((e) => e.position);
        expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
      } finally {
        first.release(); // a failed expectation must not leave the first append stalled
        await Promise.allSettled(appends);
        await Promise.all([seed.close(), first.store.close(), second.close()]);
      }
    },
  );

  it('appending to many streams at once, one of them the stalled one', async () => {
    const stream = `order-${randomUUID()}`;
    const seed = new PostgresEventStore({ connectionString: database.url });
    const first = stallingStore(stream);
    const applicationName = `${WAITING_APPEND}-${randomUUID()}`;
    const second = recognisableStore(applicationName);
    const appends: Promise<unknown>[] = [];
    try {
      await seed.appendToStream(stream, [anEvent()], { expectedRevision: 'no_stream' });
      const firstAppend = first.store.appendToStream(stream, [anEvent(), anEvent()], {
        expectedRevision: 'any',
      });
      appends.push(firstAppend);
      await first.stalled;
      const secondAppend = second.appendToStreams([
        { streamName: `order-${randomUUID()}`, events: [anEvent()], expectedRevision: 'no_stream' },
        { streamName: stream, events: [anEvent()], expectedRevision: 'any' },
      ]);
      appends.push(secondAppend);

      expect(await waitingBackend(applicationName)).toEqual({
        backend_xid: null,
        wait_event_type: 'Lock',
        wait_event: 'advisory',
      });

      first.release();
      const [firstResult, outcomes] = await Promise.all([firstAppend, secondAppend]);
      const stalled = outcomes[1];
      if (!('appended' in stalled)) throw stalled.refused;
      expect(stalled.appended.nextExpectedRevision).toBe(3n);
      expect(stalled.appended.positions[0] > firstResult.positions[1]).toBe(true);
    } finally {
      first.release();
      await Promise.allSettled(appends);
      await Promise.all([seed.close(), first.store.close(), second.close()]);
    }
  });
});
