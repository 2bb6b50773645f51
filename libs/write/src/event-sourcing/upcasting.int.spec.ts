import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { entriesStream, evolveEntries, initialEntriesState, UPCASTERS } from '@ros/domain';
import { PostgresEventStore } from '@ros/event-store';
import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { StreamRepository } from './stream-repository';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** Writes a seizure exactly as schema v1 of SeizureRecorded stored it. */
const storeV1Seizure = async (stream: string, entryId: string) => {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`INSERT INTO event_streams VALUES ($1, 0)`, [stream]);
    await client.query(
      `INSERT INTO events (position, transaction_id, event_id, stream_name, stream_category, stream_revision,
                           event_type, schema_version, data, metadata)
       VALUES ((pg_current_xact_id()::text::bigint << 20), pg_current_xact_id(), $1, $2, 'entries', 0,
               'SeizureRecorded', 1, $3, $4)`,
      [
        entryId,
        stream,
        {
          entryId,
          operation: 'scorpion',
          phase: 4,
          force: 'avon-and-somerset',
          occurredAt: '2023-03-29T10:00:00.000Z',
          item: 'class-a-drugs',
          valueGBP: 750000,
        },
        { schemaVersion: 1, recordedBy: 'old-version', recordedAt: '2023-03-29T10:05:00.000Z' },
      ],
    );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
};

describe('an event written under an older schema', () => {
  it('reads a v1 SeizureRecorded as v2, through the store and into the domain’s state', async () => {
    const stream = entriesStream('scorpion', 4, 'avon-and-somerset');
    const entryId = randomUUID();
    await storeV1Seizure(stream, entryId);
    const store = new PostgresEventStore({ connectionString: database.url, upcasters: UPCASTERS });
    try {
      const [read] = await store.readStream(stream);
      expect(read.metadata.schemaVersion).toBe(2);
      expect(read.data).toMatchObject({ estimatedValueGBP: 750000 });
      expect(read.data).not.toHaveProperty('valueGBP');

      const { state } = await new StreamRepository(store, initialEntriesState, evolveEntries).load(
        stream,
      );
      expect(state.get(entryId)?.current).toMatchObject({
        kind: 'seizure',
        item: 'class-a-drugs',
        estimatedValueGBP: 750000,
      });
    } finally {
      await store.close();
    }
  });
});
