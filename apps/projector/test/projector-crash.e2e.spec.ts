import { openReadSide, type ReadSide } from '@ros/projections';
import { AppProcess, builtMain } from '../../../libs/testing/src/child-process';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../libs/testing/src/database/test-database';
import { generateEventLog, type GeneratedLog } from '../../../libs/testing/src/event-log';
import { oracleTotals } from '../../../libs/testing/src/oracle';
import { projectedTotals } from '../../../libs/testing/src/projected-totals';

/**
 * Kills the projector (a real process, SIGKILL) again and again in the middle of its
 * catch-up: after each restart it goes on from its checkpoint, and in the end the totals
 * are exactly the oracle's, nothing lost and nothing counted twice.
 */
describe('a projector killed in the middle of catching up', () => {
  let database: TestDatabase;
  let readSide: ReadSide;
  let log: GeneratedLog;

  beforeAll(async () => {
    database = await createTestDatabase();
    readSide = await openReadSide(database.url);
    log = await generateEventLog(readSide.store, { entries: 12_000, seed: 5 });
    await readSide.generations.active();
  }, 120_000);

  afterAll(async () => {
    await readSide.close();
    await database.drop();
  });

  const positions = async () => (await readSide.status.read()).map((s) => BigInt(s.position));

  it('ends with totals equal to the oracle after repeated kills', async () => {
    const head = (await readSide.store.headPosition())!;
    const projector = new AppProcess(
      builtMain('projector'),
      { DATABASE_URL: database.url, PROJECTION_BATCH_SIZE: '150', LOG_LEVEL: 'warn' },
      async (output) => output.includes('Projecting into'),
    );
    let kills = 0;
    for (; kills < 6; kills++) {
      const before = await positions();
      await projector.start();
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 700));
      projector.kill('SIGKILL');
      await projector.exited;
      const after = await positions();
      if (after.every((p) => p >= head)) break; // caught up before it could be killed again
      expect(after.some((p, i) => p > before[i])).toBe(true); // it made progress, and kept it
    }
    expect(kills).toBeGreaterThanOrEqual(3);
    await projector.start();
    for (let i = 0; i < 600 && (await positions()).some((p) => p < head); i++)
      await new Promise((r) => setTimeout(r, 100));
    projector.kill('SIGTERM');
    expect(await projector.exited).toBe(0);

    const schema = await readSide.generations.active();
    expect(await projectedTotals(readSide.db, schema)).toEqual(oracleTotals(log.entries));
    const [{ count }] = await readSide.db.query(
      `SELECT count(*)::int AS count FROM ${schema}.entry_log`,
    );
    expect(count).toBe(log.entries.length);
    const [{ parked }] = await readSide.db.query(
      `SELECT count(*)::int AS parked FROM ${schema}.parked_events`,
    );
    expect(parked).toBe(0);
  }, 180_000);
});
