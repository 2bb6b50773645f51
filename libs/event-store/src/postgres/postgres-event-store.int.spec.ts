import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { transactionsOf } from '../../../testing/src/database/transactions-of';
import { anEvent, eventStoreContract, type Stall } from '../contract/event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const stallFor = (
  streamName: string,
): { stall: Stall; beforeCommit: (s: string) => Promise<void> } => {
  let reached!: () => void;
  let release!: () => void;
  const reachedPromise = new Promise<void>((r) => (reached = r));
  const released = new Promise<void>((r) => (release = r));
  return {
    stall: { reached: reachedPromise, release },
    beforeCommit: async (s) => {
      if (s !== streamName) return;
      reached();
      await released;
    },
  };
};

describe('PostgreSQL event store', () => {
  eventStoreContract(() => ({
    uniqueIdsAcrossStreams: true,
    create: async (options) =>
      new PostgresEventStore({
        connectionString: database.url,
        upcasters: options?.upcasters,
        pollIntervalMs: 20,
      }),
    createStalling: async (streamName) => {
      const { stall, beforeCommit } = stallFor(streamName);
      return {
        store: new PostgresEventStore({ connectionString: database.url, beforeCommit }),
        stall,
      };
    },
  }));
});

describe('PostgreSQL event store, appending to many streams', () => {
  let store: PostgresEventStore;
  beforeAll(() => {
    store = new PostgresEventStore({ connectionString: database.url });
  });
  afterAll(() => store.close());

  const appends = (count: number) =>
    Array.from({ length: count }, () => ({
      streamName: `import-${randomUUID()}`,
      events: [anEvent('Imported')],
      expectedRevision: 'no_stream' as const,
    }));

  it('commits an import of many new streams in one transaction', async () => {
    const imported = appends(200);
    await store.appendToStreams(imported);
    expect(
      await transactionsOf(
        database.url,
        imported.map((append) => append.streamName),
      ),
    ).toBe(1);
  });

  it('takes them one by one when one is refused, each in a transaction of its own', async () => {
    const imported = appends(3);
    await store.appendToStream(imported[1].streamName, [anEvent('Before')], {
      expectedRevision: 'no_stream',
    });
    const outcomes = await store.appendToStreams(imported);
    expect(outcomes.map((outcome) => 'appended' in outcome)).toEqual([true, false, true]);
    const others = [imported[0].streamName, imported[2].streamName];
    expect(await transactionsOf(database.url, others)).toBe(2);
  });
});
