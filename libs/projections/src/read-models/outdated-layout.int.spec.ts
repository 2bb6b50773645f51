import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { generateEventLog, type GeneratedLog } from '../../../testing/src/event-log';
import { oracleTotals } from '../../../testing/src/oracle';
import { projectedTotals } from '../../../testing/src/projected-totals';
import { createProjections } from '../all-projections';
import { Projector } from '../projector/projector';
import { openReadSide, type ReadSide } from '../read-side';
import { totalsOfAll } from '../totals/assemble';
import { TotalsRepository } from '../totals/totals.reader';
import { READ_MODEL_LAYOUT } from './generation-tables';

/**
 * After an upgrade that projects figures differently, the projector does not go on adding
 * new rows to tables computed the old way: it rebuilds the read models from the events,
 * switches readers over, and goes on from there.
 */
describe('read models projected by an older version', () => {
  let database: TestDatabase;
  let readSide: ReadSide;
  let log: GeneratedLog;

  beforeAll(async () => {
    database = await createTestDatabase();
    readSide = await openReadSide(database.url);
    log = await generateEventLog(readSide.store, { entries: 300, seed: 11 });
  });
  afterAll(async () => {
    await readSide.close();
    await database.drop();
  });

  it('are rebuilt from the events when the projector starts, then kept up to date', async () => {
    const outdated = await readSide.generations.active();
    await readSide.projector.catchUp(outdated);
    // As an older version left them: its layout, and a figure it computed otherwise.
    await readSide.db.query(`UPDATE read_model_generations SET layout = 1 WHERE schema_name = $1`, [
      outdated,
    ]);
    await readSide.db.query(`UPDATE ${outdated}.totals SET value = value + 1000`);
    await readSide.db.query(`DROP TABLE ${outdated}.occurred_rollup, ${outdated}.recorded_rollup`);
    await readSide.db.query(`ALTER TABLE ${outdated}.operations DROP COLUMN registered_at`);
    // Until the switch, readers get the figures it holds: without rollups, from its ledger.
    const repository = new TotalsRepository(readSide.db, readSide.generations);
    for (const filter of [{ asOf: new Date('2100-01-01T00:00:00Z') }, { from: '2000-01-01' }])
      expect(totalsOfAll(await repository.read((totals) => totals.metrics({}, filter)))).toEqual(
        oracleTotals(log.entries),
      );
    // And every operation for any asOf: it does not know when they were registered.
    const operations = (asOf?: Date) =>
      repository.read(async (_, catalogue) => (await catalogue.operations(asOf)).map((o) => o.id));
    expect(await operations(new Date('2000-01-01T00:00:00Z'))).toEqual(await operations());
    expect(await operations()).not.toEqual([]);

    const projector = new Projector(readSide.db, readSide.store, createProjections(), {
      retiredGraceMs: 10,
    });
    projector.start(readSide.generations);
    try {
      let active = outdated;
      for (let i = 0; i < 300 && active === outdated; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        active = (await readSide.generations.findActive())!;
      }
      expect(active).not.toBe(outdated);
      const [{ layout }] = await readSide.db.query(
        `SELECT layout FROM read_model_generations WHERE schema_name = $1`,
        [active],
      );
      expect(layout).toBe(READ_MODEL_LAYOUT);
      // The rebuilt one knows: none of the operations was registered by then.
      expect(await operations(new Date('2000-01-01T00:00:00Z'))).toEqual([]);
      expect(await projectedTotals(readSide.db, active)).toEqual(oracleTotals(log.entries));
    } finally {
      await projector.stop();
    }
    const [{ schemas }] = await readSide.db.query(
      `SELECT count(*)::int AS schemas FROM read_model_generations WHERE schema_name = $1`,
      [outdated],
    );
    expect(schemas).toBe(0); // the outdated generation was dropped once readers had moved on
  }, 60_000);
});
