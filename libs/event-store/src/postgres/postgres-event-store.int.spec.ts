import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { eventStoreContract, type Stall } from '../contract/event-store.contract';
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
