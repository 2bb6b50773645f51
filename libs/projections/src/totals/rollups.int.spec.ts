import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { generateEventLog } from '../../../testing/src/event-log';
import { openReadSide, type ReadSide } from '../read-side';
import { rebuildReadModels } from '../rebuild';
import type { TotalsFilter } from './totals-filter';
import { TotalsRepository, type Where } from './totals.reader';

/**
 * `asOf` and `from`/`to` read the rollups and at most an hour of ledger rows: their
 * figures must be exactly what a plain aggregation of the ledger gives, at any instant
 * and for any window, with corrections and retractions, across day and month boundaries
 * and the October clock change.
 */
describe('the rollups', () => {
  let database: TestDatabase;
  let readSide: ReadSide;
  let repository: TotalsRepository;
  let schema: string;
  const FIRST_RECORDED = Date.parse('2023-10-20T00:00:00Z');
  const SPACING_MS = 13 * 60_000 + 7_001;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Small batches, so that corrections often reverse what an earlier batch counted.
    readSide = await openReadSide(database.url, { batchSize: 37 });
    await generateEventLog(readSide.store, { entries: 1500, seed: 5 });
    // As if recorded over two weeks across the clock change and a month's end, not in
    // the second the test took: events are append-only, so for this test only, the trigger
    // that says so is off while their recorded times are spread out.
    await readSide.db.query(`ALTER TABLE events DISABLE TRIGGER events_append_only`);
    await readSide.db.query(
      `UPDATE events SET recorded_at = $1::timestamptz + n.i * ($2 * interval '1 ms')
         FROM (SELECT position, row_number() OVER (ORDER BY position) AS i FROM events) AS n
        WHERE events.position = n.position`,
      [new Date(FIRST_RECORDED).toISOString(), SPACING_MS],
    );
    await readSide.db.query(`ALTER TABLE events ENABLE TRIGGER events_append_only`);
    schema = await readSide.generations.active();
    // The store holds back events while any older transaction on the server is open (other
    // test files run at once): go on until every event is in.
    const head = (await readSide.store.headPosition())!;
    while ((await readSide.status.read()).some((p) => BigInt(p.position) < head)) {
      await readSide.projector.catchUp(schema);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const parked = await readSide.db.query(`SELECT error FROM ${schema}.parked_events`);
    expect(parked).toEqual([]);
    repository = new TotalsRepository(readSide.db, readSide.generations);
  }, 120_000);
  afterAll(async () => {
    await readSide.close();
    await database.drop();
  });

  /** The figures read through the rollups, as `group → thousandths`, zeros left out. */
  const viaRollups = async (where: Where, filter: TotalsFilter) => {
    const rows = await repository.read((totals) => totals.metrics(where, filter));
    return Object.fromEntries(
      rows
        .filter((row) => row.milli !== 0n)
        .map((row) => [`${row.operation}/${row.phase}/${row.force}/${row.metric}`, `${row.milli}`])
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  };

  /** The same figures summed from the ledger, the plain way. */
  const fromLedger = async (where: Where, filter: TotalsFilter) => {
    const conditions = ['true'];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (where.operation) add('operation = ?', where.operation);
    if (where.phase) add('phase = ?', where.phase);
    if (where.force) add('force = ?', where.force);
    if (filter.asOf) add('recorded_at <= ?', filter.asOf.toISOString());
    if (filter.from) add('occurred_on >= ?', filter.from);
    if (filter.to) add('occurred_on <= ?', filter.to);
    const rows: { key: string; milli: string }[] = await readSide.db.query(
      `SELECT operation || '/' || phase || '/' || force || '/' || metric AS key,
              (round(sum(delta) * 1000))::int8::text AS milli
         FROM ${schema}.ledger WHERE ${conditions.join(' AND ')}
        GROUP BY operation, phase, force, metric HAVING sum(delta) <> 0`,
      params,
    );
    return Object.fromEntries(
      rows.map((r) => [r.key, r.milli]).sort(([a], [b]) => a.localeCompare(b)),
    );
  };

  const WHERES: Where[] = [{}, { operation: 'scorpion', phase: 5 }, { force: 'dorset' }];

  it('give the ledger’s figures as known at any instant', async () => {
    const recorded: { at: Date }[] = await readSide.db.query(
      `SELECT recorded_at AS at FROM ${schema}.ledger ORDER BY random() LIMIT 25`,
    );
    const [{ last }]: { last: Date }[] = await readSide.db.query(
      `SELECT max(recorded_at) AS last FROM ${schema}.ledger`,
    );
    const instants = [
      new Date(FIRST_RECORDED - 1000),
      new Date(FIRST_RECORDED + SPACING_MS),
      new Date('2023-10-28T23:00:00Z'), // midnight in London, still on BST
      new Date('2023-10-29T00:00:00Z'),
      new Date('2023-10-29T00:59:59.999Z'),
      new Date('2023-10-29T01:00:00Z'), // the clocks go back: 02:00 BST is 01:00 GMT
      new Date('2023-10-29T01:30:00+00:00'),
      new Date('2023-10-29T01:30:00+01:00'),
      new Date('2023-10-31T23:59:59.999Z'),
      new Date('2023-11-01T00:00:00Z'),
      new Date('2023-11-01T00:00:00.001Z'),
      last,
      new Date(last.getTime() - 1),
      new Date(last.getTime() + 3_600_000),
      new Date('2031-01-01T00:00:00Z'),
      ...recorded.flatMap(({ at }) => [at, new Date(at.getTime() - 1), new Date(at.getTime() + 1)]),
    ];
    let compared = 0;
    for (const asOf of instants)
      for (const where of WHERES) {
        const expected = await fromLedger(where, { asOf });
        expect([asOf.toISOString(), where, await viaRollups(where, { asOf })]).toEqual([
          asOf.toISOString(),
          where,
          expected,
        ]);
        compared += Object.keys(expected).length;
      }
    expect(compared).toBeGreaterThan(1000); // the instants were not all before anything counted
  }, 120_000);

  it('give the ledger’s figures for any window of days they occurred on', async () => {
    const windows: [string | undefined, string | undefined][] = [
      ['2023-01-01', '2023-06-30'],
      ['2022-03-07', '2022-03-07'],
      ['2022-03-08', '2022-04-01'],
      ['2023-02-15', '2023-04-10'],
      ['2023-03-26', '2023-03-26'], // the clocks go forward
      ['2023-10-29', '2023-10-31'], // and back
      ['2023-01-31', '2023-03-01'],
      ['2023-02-01', '2023-02-28'],
      ['2022-01-01', '2026-01-01'],
      ['2030-01-01', '2030-02-01'],
      ['2024-02-29', undefined],
      ['2023-05-02', undefined],
      [undefined, '2022-12-31'],
      [undefined, '2023-07-14'],
    ];
    let compared = 0;
    for (const [from, to] of windows)
      for (const where of WHERES) {
        const expected = await fromLedger(where, { from, to });
        compared += Object.keys(expected).length;
        expect([from, to, where, await viaRollups(where, { from, to })]).toEqual([
          from,
          to,
          where,
          expected,
        ]);
      }
    expect(compared).toBeGreaterThan(1000);
  }, 120_000);

  it('give the ledger’s figures for a window as known at an instant', async () => {
    let compared = 0;
    for (const asOf of [new Date('2023-10-29T01:00:00Z'), new Date('2031-01-01T00:00:00Z')])
      for (const [from, to] of [
        ['2023-01-31', '2023-03-01'],
        ['2022-03-07', undefined],
      ])
        for (const where of WHERES) {
          const filter = { asOf, from, to };
          const expected = await fromLedger(where, filter);
          compared += Object.keys(expected).length;
          expect(await viaRollups(where, filter)).toEqual(expected);
        }
    expect(compared).toBeGreaterThan(100);
  });

  it('say since when anything counted, as the ledger does', async () => {
    const [{ since }]: { since: string }[] = await readSide.db.query(
      `SELECT min(occurred_on)::text AS since FROM ${schema}.ledger`,
    );
    expect(await repository.read((totals) => totals.since({}))).toBe(since);
  });

  it('are the same, row for row, when a rebuild makes them from the whole ledger at the end', async () => {
    const { generation } = await rebuildReadModels(readSide.generations, readSide.projector, {
      log: () => undefined,
      keepPrevious: true,
    });
    const tables = {
      totals: 'operation, phase, force, metric',
      occurred_rollup: 'span, starts_on, operation, phase, force, metric',
      recorded_rollup: 'span, starts_at, operation, phase, force, metric',
    };
    for (const [table, order] of Object.entries(tables)) {
      const [incremental, rebuilt] = await Promise.all(
        [schema, generation].map((from) =>
          readSide.db.query(`SELECT * FROM ${from}.${table} ORDER BY ${order}`),
        ),
      );
      expect([table, rebuilt.length]).toEqual([table, incremental.length]);
      expect(rebuilt).toEqual(incremental);
    }
    const hours = await readSide.db.query(
      `SELECT count(DISTINCT starts_at)::int AS n FROM ${generation}.recorded_rollup WHERE span = 'hour'`,
    );
    expect(hours[0].n).toBeGreaterThan(300); // two weeks of hours, across the clock change
  }, 120_000);
});
