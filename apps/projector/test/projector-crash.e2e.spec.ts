import { openReadSide, PROJECTION_NAMES, type ReadSide } from '@ros/projections';
import { AppProcess, builtMain, freePort } from '../../../libs/testing/src/child-process';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../libs/testing/src/database/test-database';
import { generateEventLog, type GeneratedLog } from '../../../libs/testing/src/event-log';
import { oracleTotals } from '../../../libs/testing/src/oracle';
import { projectedTotals } from '../../../libs/testing/src/projected-totals';

/** Lives that end in a SIGKILL before the last one, which runs to the end. */
const KILLS = 6;
const BATCH_SIZE = 50;
/**
 * A life is killed within a few batches of its first commit, so a log of hundreds of
 * batches cannot be finished by the killed lives, however fast or slow the machine.
 */
const MIN_BATCHES_PER_KILL = 30;
const POLL_MS = 10;

/**
 * Kills the projector (a real process, SIGKILL) again and again in the middle of its
 * catch-up, each time as soon as it is seen to have committed a batch: after each restart
 * it goes on from its checkpoint, and in the end the totals are exactly the oracle's,
 * nothing lost and nothing counted twice.
 */
describe('a projector killed in the middle of catching up', () => {
  let database: TestDatabase;
  let readSide: ReadSide;
  let log: GeneratedLog;
  let schema: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    readSide = await openReadSide(database.url);
    log = await generateEventLog(readSide.store, { entries: 12_000, seed: 5 });
    schema = await readSide.generations.active();
  }, 120_000);

  afterAll(async () => {
    await readSide.close();
    await database.drop();
  });

  /** Each projection's committed checkpoint, -1 before its first batch. */
  const checkpoints = async (): Promise<bigint[]> => {
    const rows: { projection: string; position: string }[] = await readSide.db.query(
      `SELECT projection, position::text FROM ${schema}.checkpoints`,
    );
    return PROJECTION_NAMES.map((name) =>
      BigInt(rows.find((r) => r.projection === name)?.position ?? -1),
    );
  };

  const movedPast = (now: bigint[], before: bigint[]) => now.some((p, i) => p > before[i]);

  /** Polls until a projection's checkpoint has moved past `before`; fails if the process dies. */
  const firstProgress = async (projector: AppProcess, before: bigint[]): Promise<bigint[]> => {
    let exited = false;
    void projector.exited!.then(() => (exited = true));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const now = await checkpoints();
      if (movedPast(now, before)) return now;
      if (exited) throw new Error(`The projector exited before projecting:\n${projector.log}`);
      if (Date.now() > deadline)
        throw new Error(`The projector made no progress in 60 s:\n${projector.log}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };

  it('ends with totals equal to the oracle after repeated kills', async () => {
    const head = (await readSide.store.headPosition())!;
    expect(log.events / BATCH_SIZE).toBeGreaterThanOrEqual(KILLS * MIN_BATCHES_PER_KILL);
    const healthPort = await freePort();
    const projector = new AppProcess(
      builtMain('projector'),
      {
        DATABASE_URL: database.url,
        PROJECTION_BATCH_SIZE: String(BATCH_SIZE),
        LOG_LEVEL: 'warn',
        HEALTH_PORT: String(healthPort),
      },
      async () => true, // this test watches the checkpoints itself, from the moment it spawns
    );

    for (let kill = 1; kill <= KILLS; kill++) {
      const before = await checkpoints();
      await projector.start();
      const seen = await firstProgress(projector, before);
      projector.kill('SIGKILL');
      await projector.exited;
      const after = await checkpoints();
      // it kept all it had committed, and was killed with every projection still behind
      expect(after.every((p, i) => p >= seen[i])).toBe(true);
      expect({ kill, behindTheHead: after.every((p) => p < head) }).toEqual({
        kill,
        behindTheHead: true,
      });
    }

    await projector.start();
    const deadline = Date.now() + 120_000;
    while ((await checkpoints()).some((p) => p < head) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect((await checkpoints()).every((p) => p === head)).toBe(true);
    // The worker answers its own health check, with each projection's position.
    const health = await fetch(`http://127.0.0.1:${healthPort}/health`);
    expect(health.status).toBe(200);
    const answer = (await health.json()) as {
      reading: { state: string };
      projections: { projection: string }[];
    };
    expect(answer.reading).toEqual({ state: 'following', attempts: 0 });
    expect(answer.projections.map((p) => p.projection)).toEqual(PROJECTION_NAMES);
    projector.kill('SIGTERM');
    expect(await projector.exited).toBe(0);

    expect(await projectedTotals(readSide.db, schema)).toEqual(oracleTotals(log.entries));
    const [{ count }] = await readSide.db.query(
      `SELECT count(*)::int AS count FROM ${schema}.entry_log`,
    );
    expect(count).toBe(log.entries.length);
    const [{ parked }] = await readSide.db.query(
      `SELECT count(*)::int AS parked FROM ${schema}.parked_events`,
    );
    expect(parked).toBe(0);
  }, 300_000);
});
