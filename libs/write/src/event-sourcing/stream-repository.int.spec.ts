import { randomUUID } from 'node:crypto';
import {
  entryStream,
  evolveEntry,
  initialEntryState,
  type EntryEvent,
  type Provenance,
} from '@ros/domain';
import { PostgresEventStore, WrongExpectedRevision } from '@ros/event-store';
import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { transactionsOf } from '../../../testing/src/database/transactions-of';
import { toEventToAppend } from './envelope';
import { StreamRepository } from './stream-repository';

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

const provenance: Provenance = {
  actor: { username: 'test', role: 'admin', force: null },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  now: new Date(),
};

const logged = (entryId: string): EntryEvent => ({
  type: 'WarrantExecuted',
  data: {
    operation: 'scorpion',
    phase: 1,
    entryId,
    force: 'dorset',
    occurredAt: '2023-06-27T09:00:00.000Z',
    count: 1,
  },
});

describe('a stream repository under concurrent commands', () => {
  it('appends what one turn of the event loop brings in one commit, each judged alone', async () => {
    const repository = new StreamRepository(store, initialEntryState, evolveEntry);
    const ids = Array.from({ length: 20 }, () => randomUUID());
    const taken = entryStream(ids[7]);
    await store.appendToStream(taken, [toEventToAppend(logged(ids[7]), provenance)], {
      expectedRevision: 'no_stream',
    });
    const outcomes = await Promise.allSettled(
      ids.map((id) =>
        repository.stream(entryStream(id)).append([logged(id)], 'no_stream', provenance),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(
      ids.map((_, i) => (i === 7 ? 'rejected' : 'fulfilled')),
    );
    expect((outcomes[7] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
    const others = ids.filter((_, i) => i !== 7).map(entryStream);
    // Refused together, then one by one: one transaction each, and the taken stream untouched.
    expect(await transactionsOf(database.url, others)).toBe(19);
    expect((await store.readStream(taken)).length).toBe(1);

    const fresh = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(
      fresh.map((id) =>
        repository.stream(entryStream(id)).append([logged(id)], 'no_stream', provenance),
      ),
    );
    expect(await transactionsOf(database.url, fresh.map(entryStream))).toBe(1);
  });

  it('reads what one turn asks of several streams together, each as it stands', async () => {
    const repository = new StreamRepository(store, initialEntryState, evolveEntry);
    const ids = [randomUUID(), randomUUID()];
    await repository.stream(entryStream(ids[0])).append([logged(ids[0])], 'no_stream', provenance);
    const [first, none] = await Promise.all(ids.map((id) => repository.load(entryStream(id))));
    expect(first.state?.current).toMatchObject({ kind: 'warrant', count: 1 });
    expect(first.revision).toBe(0n);
    expect(none).toMatchObject({ state: null, revision: 'no_stream' });
  });
});
