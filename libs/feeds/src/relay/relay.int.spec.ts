import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@ros/event-store';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@ros/platform';
import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { RelayCheckpointRepository } from '../checkpoint/relay-checkpoint.repository';
import { Relay } from './relay';
import type { FeedMessage, Publisher } from './relay-ports';
import { EVENTS_TOPIC, NRCU_TOPIC } from './topics';

/** The relay over the real PostgreSQL store and checkpoint table; only the broker is a stand-in. */
let database: TestDatabase;
let store: PostgresEventStore;
let db: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  store = new PostgresEventStore({ connectionString: database.url });
  db = await new DataSource(dataSourceOptions(database.url)).initialize();
});
afterAll(async () => {
  await store.close();
  await db.destroy();
  await database.drop();
});

const logEntry = (operation: string) => {
  const entryId = randomUUID();
  return store.appendToStream(
    `entry-${entryId}`,
    [
      {
        id: entryId,
        type: 'ArrestMade',
        data: { entryId, operation, phase: 1, force: 'dorset', count: 1, notes: 'private' },
        metadata: { schemaVersion: 1, recordedBy: 'dorset-coordinator' },
      },
    ],
    { expectedRevision: 'no_stream' },
  );
};

it('publishes what the store holds once acknowledged, and a restarted relay goes on from its checkpoint', async () => {
  // The migrations already stored some events (population estimates): they go too.
  const earlier = (await store.readAll({ maxCount: 10_000 })).length;
  await logEntry('scorpion');
  await logEntry('ragwort');
  const received: FeedMessage[] = [];
  const broker: Publisher = { publish: async (messages) => void received.push(...messages) };
  const checkpoint = new RelayCheckpointRepository(db, `test-${randomUUID()}`);
  expect(await new Relay(store, broker, checkpoint, { batchSize: 10_000 }).relayOnce()).toBe(
    earlier + 2,
  );
  expect(await checkpoint.load()).toBe(await store.headPosition());

  await logEntry('ragwort');
  // A new process: a new relay, the same checkpoint row.
  const restarted = new Relay(store, broker, new RelayCheckpointRepository(db, checkpoint.feed));
  expect(await restarted.relayOnce()).toBe(1);
  expect(await restarted.relayOnce()).toBe(0);
  const ids = received.filter((m) => m.topic === EVENTS_TOPIC).map((m) => m.event.id);
  expect(new Set(ids).size).toBe(earlier + 3);
  expect(ids).toHaveLength(earlier + 3);
  expect(received.filter((m) => m.topic === NRCU_TOPIC)).toHaveLength(2);
});
