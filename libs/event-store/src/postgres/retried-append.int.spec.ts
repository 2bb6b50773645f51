import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { anEvent } from '../contract/event-store.contract';
import { DuplicateEventId, WrongExpectedRevision, type ExpectedRevision } from '../port';
import { PostgresEventStore } from './postgres-event-store';

/**
 * A refused append is told apart from a retry in two places: append_to_stream answers a
 * stream that is not at the expected revision itself, and an append whose revision check
 * passes (any, stream_exists) but whose ids are stored already fails its insert, after
 * which the store asks again. Both must give a retry the first append's answer.
 */
describe('PostgreSQL event store: retried appends', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: database.url });
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const stream = () => `retry-${randomUUID()}`;

  it.each<[string, (first: bigint) => ExpectedRevision]>([
    ['at the revision it expected', (first) => first],
    ['with any', () => 'any'],
    ['with stream_exists', () => 'stream_exists'],
  ])('answers a retry %s with where its events landed', async (_, expectedOf) => {
    const name = stream();
    const seed = await store.appendToStream(name, [anEvent()], { expectedRevision: 'no_stream' });
    const events = [anEvent(), anEvent()];
    const expectedRevision = expectedOf(seed.nextExpectedRevision);
    const first = await store.appendToStream(name, events, { expectedRevision });
    await store.appendToStream(name, [anEvent()], { expectedRevision: 'any' }); // the stream moves on
    const retry = await store.appendToStream(name, events, { expectedRevision });
    // Where they landed, and that nothing was written now (only the first writer gets 201).
    expect(retry).toEqual({ ...first, alreadyStored: true });
    expect(first.nextExpectedRevision).toBe(2n);
    expect(await store.readStream(name)).toHaveLength(4);
  });

  it('refuses ids stored in this stream at other revisions than the retry expects', async () => {
    const name = stream();
    const events = [anEvent(), anEvent()];
    await store.appendToStream(name, events, { expectedRevision: 'no_stream' });
    await expect(
      store.appendToStream(name, events, { expectedRevision: 0n }),
    ).rejects.toBeInstanceOf(DuplicateEventId);
    await expect(
      store.appendToStream(name, [events[1], events[0]], { expectedRevision: 'any' }),
    ).rejects.toBeInstanceOf(DuplicateEventId);
    expect(await store.readStream(name)).toHaveLength(2);
  });

  it('refuses some of the ids being stored already, and stores none of the others', async () => {
    const name = stream();
    const stored = anEvent();
    await store.appendToStream(name, [stored], { expectedRevision: 'no_stream' });
    const fresh = anEvent();
    await expect(
      store.appendToStream(name, [stored, fresh], { expectedRevision: 'any' }),
    ).rejects.toMatchObject({ eventIds: [stored.id] });
    expect((await store.readStream(name)).map((e) => e.id)).toEqual([stored.id]);
  });

  it('reports the revision the stream is at when it is not the expected one', async () => {
    const name = stream();
    await store.appendToStream(name, [anEvent(), anEvent()], { expectedRevision: 'no_stream' });
    const refused = store.appendToStream(name, [anEvent()], { expectedRevision: 5n });
    await expect(refused).rejects.toBeInstanceOf(WrongExpectedRevision);
    await expect(refused).rejects.toMatchObject({ actual: 1n, expected: 5n });
  });
});
