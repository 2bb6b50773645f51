import { randomUUID } from 'node:crypto';
import { populationStream, type Provenance } from '@ros/domain';
import { toEventToAppend } from '@ros/write';
import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { generateEventLog } from '../../../testing/src/event-log';
import { createProjections } from '../all-projections';
import { openReadSide, type ReadSide } from '../read-side';
import { Checkpoints } from './checkpoints';
import { Projector } from './projector';

const provenance: Provenance = {
  actor: { username: 'test', role: 'admin', force: null },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  now: new Date(),
};

/**
 * The totals answers promise that figures and their shape (the catalogue) agree at one
 * `projectedPosition`: the projector moves every projection's checkpoint in step, past the
 * events a projection does not handle too.
 */
describe('the projections move in step', () => {
  let database: TestDatabase;
  let readSide: ReadSide;
  let schema: string;
  const checkpoints = () => new Checkpoints(readSide.db, schema).all();

  beforeEach(async () => {
    database = await createTestDatabase();
    readSide = await openReadSide(database.url, { batchSize: 100 });
    schema = await readSide.generations.active();
  });
  afterEach(async () => {
    await readSide.close();
    await database.drop();
  });

  it('all stand at the last event after catching up, even one only the catalogue handles', async () => {
    await generateEventLog(readSide.store, { entries: 250, seed: 2 });
    const estimate = {
      force: 'dorset' as const,
      population: 800_000,
      source: 'ONS',
      appliesFrom: '2024-07-01',
    };
    const { positions } = await readSide.store.appendToStream(
      populationStream('dorset'),
      [toEventToAppend({ type: 'PopulationEstimated', data: estimate }, provenance)],
      { expectedRevision: 'any' },
    );
    await readSide.projector.catchUp(schema);
    expect(await checkpoints()).toEqual(
      new Map(['totals', 'catalogue', 'entry-log'].map((name) => [name, positions[0]])),
    );
  });

  it('a projection added later catches up on its own, then joins the others', async () => {
    await generateEventLog(readSide.store, { entries: 400, seed: 4 });
    const [totals, catalogue, entryLog] = createProjections();
    const before = new Projector(readSide.db, readSide.store, [totals, catalogue], {
      batchSize: 70,
    });
    await before.catchUp(schema);
    const after = new Projector(readSide.db, readSide.store, [totals, catalogue, entryLog], {
      batchSize: 70,
    });
    await generateEventLog(readSide.store, { entries: 100, seed: 5 });
    while ((await after.catchUpOnce(schema)) > 0) {
      const now = await checkpoints();
      expect(now.get('catalogue')).toBe(now.get('totals'));
      expect(now.get('entry-log')! <= now.get('totals')!).toBe(true);
    }
    const head = await readSide.store.headPosition();
    expect([...(await checkpoints()).values()]).toEqual([head, head, head]);
  });
});
