import { randomUUID } from 'node:crypto';
import { entriesStream } from '@ros/domain';
import { PostgresEventStore } from '@ros/event-store';
import { serveScorpionPhase5 } from './fixtures';
import { TestApi } from './test-api';

let api: TestApi;
let entries: string;
serveScorpionPhase5((served) => ({ api, entries } = served));

const OCCURRED_AT = '2023-06-29T10:00:00.000Z';

/**
 * Stores a seizure as version 1 of SeizureRecorded did (`valueGBP`, since renamed
 * `estimatedValueGBP`), through a store that upcasts nothing, as an older release would.
 */
const storeVersion1Seizure = async (entryId: string, valueGBP: number): Promise<string> => {
  const oldRelease = new PostgresEventStore({ connectionString: api.database.url });
  try {
    const { positions } = await oldRelease.appendToStream(
      entriesStream('scorpion', 5, 'dorset'),
      [
        {
          id: entryId,
          type: 'SeizureRecorded',
          data: {
            entryId,
            operation: 'scorpion',
            phase: 5,
            force: 'dorset',
            occurredAt: OCCURRED_AT,
            item: 'class-a-drugs',
            valueGBP,
          },
          metadata: { schemaVersion: 1, recordedBy: 'dorset', recordedAt: OCCURRED_AT },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    return positions[0].toString();
  } finally {
    await oldRelease.close();
  }
};

/** The API reads events written under older schemas as today's, everywhere it reads them. */
describe('a seizure stored under schema version 1', () => {
  const entryId = randomUUID();
  let position: string;

  beforeAll(async () => {
    position = await storeVersion1Seizure(entryId, 750_000);
  });

  it('counts its value in the phase totals as estimatedValueGBP', async () => {
    const { status, body } = await api.get(
      `/api/operations/scorpion/phases/5/totals?minPosition=${position}&waitMs=10000`,
      'analyst',
    );
    expect(status).toBe(200);
    expect(body.totals).toMatchObject({
      entries: 1,
      estimatedValueGBP: 750_000,
      seizures: { 'class-a-drugs': expect.objectContaining({ estimatedValueGBP: 750_000 }) },
    });
  });

  it('answers the same entry re-sent in today’s schema as a harmless retry (200)', async () => {
    const before = await api.eventCount();
    const retry = await api.post(
      entries,
      {
        entryId,
        kind: 'seizure',
        item: 'class-a-drugs',
        estimatedValueGBP: 750_000,
        force: 'dorset',
        occurredAt: OCCURRED_AT,
      },
      'dorset',
    );
    expect(retry).toEqual({
      status: 200,
      body: expect.objectContaining({ entryId, position, streamRevision: 0 }),
    });
    expect(await api.eventCount()).toBe(before);
  });
});
