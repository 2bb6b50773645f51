import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { entryLogged, UPCASTERS, type EntryDetails, type Provenance } from '@ros/domain';
import { PostgresEventStore } from '@ros/event-store';
import { toEventToAppend } from '@ros/write';
import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { generateEventLog } from '../../../testing/src/event-log';
import { oracleTotals, type OracleEntry } from '../../../testing/src/oracle';
import { openReadSide, type ReadSide } from '../read-side';
import { createProjections } from '../all-projections';
import { rebuildReadModels } from '../rebuild';
import { Projector } from './projector';
import { projectedTotals as totalsIn } from '../../../testing/src/projected-totals';

let database: TestDatabase;
let readSide: ReadSide;
beforeEach(async () => {
  database = await createTestDatabase();
  readSide = await openReadSide(database.url, { batchSize: 100 });
});
afterEach(async () => {
  await readSide.close();
  await database.drop();
});

const provenance: Provenance = {
  actor: { username: 'test', role: 'admin', force: null },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  now: new Date(),
};

const warrant = (
  count: number,
  force: 'dorset' | 'wiltshire' | 'gloucestershire',
): [string, OracleEntry, ReturnType<typeof toEventToAppend>] => {
  const entryId = randomUUID();
  const details: EntryDetails = {
    kind: 'warrant',
    count,
    force,
    occurredAt: '2023-06-27T09:00:00.000Z',
  };
  return [
    `entries-scorpion_1_${force}`,
    { entryId, operation: 'scorpion', phase: 1, body: details, retracted: false },
    toEventToAppend(entryLogged({ operation: 'scorpion', phase: 1 }, entryId, details), provenance),
  ];
};

/** The totals the read model holds now, in the contract's shape. */
const projectedTotals = async (schema?: string) => {
  return totalsIn(readSide.db, schema ?? (await readSide.generations.active()));
};

const caughtUp = async () => {
  const head = await readSide.store.headPosition();
  for (let i = 0; i < 500; i++) {
    const states = await readSide.status.read();
    if (states.every((s) => BigInt(s.position) >= (head ?? 0n))) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('The projector did not catch up');
};

describe('the projector', () => {
  it('applies every event even when appends commit out of order while it runs', async () => {
    readSide.projector.start(readSide.generations);
    let release!: () => void;
    let reached!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const reachedCommit = new Promise<void>((r) => (reached = r));
    const [lateStream, lateEntry, lateEvent] = warrant(5, 'dorset');
    const stalling = new PostgresEventStore({
      connectionString: database.url,
      beforeCommit: async (stream) => {
        if (stream === lateStream) {
          reached();
          await held;
        } else await new Promise((r) => setTimeout(r, Math.random() * 30));
      },
    });
    try {
      const late = stalling.appendToStream(lateStream, [lateEvent], { expectedRevision: 'any' });
      await reachedCommit; // its position is taken; it has not committed
      const others = Array.from({ length: 20 }, (_, i) =>
        warrant(1 + i, i % 2 ? 'wiltshire' : 'gloucestershire'),
      );
      await Promise.all(
        others.map(([stream, , event]) =>
          stalling.appendToStream(stream, [event], { expectedRevision: 'any' }),
        ),
      );
      await new Promise((r) => setTimeout(r, 300)); // the projector runs meanwhile
      release();
      await late;
      await caughtUp();
      expect(await projectedTotals()).toEqual(
        oracleTotals([lateEntry, ...others.map(([, entry]) => entry)]),
      );
    } finally {
      release();
      await stalling.close();
    }
  });

  describe('catchUp, while another transaction on the server holds the readable bound back', () => {
    /** A write transaction left open on another connection: what another database's may be. */
    const openTransaction = async () => {
      const other = new Client({ connectionString: database.url });
      await other.connect();
      await other.query('BEGIN');
      await other.query('SELECT pg_current_xact_id()');
      return { end: () => other.query('COMMIT').then(() => other.end()) };
    };

    it('waits for what was committed before it was called', async () => {
      const schema = await readSide.generations.active();
      const held = await openTransaction();
      const [stream, entry, event] = warrant(7, 'dorset');
      await readSide.store.appendToStream(stream, [event], { expectedRevision: 'any' });
      let done = false;
      const caughtUpNow = readSide.projector.catchUp(schema).then(() => (done = true));
      await new Promise((r) => setTimeout(r, 300));
      expect(done).toBe(false);
      await held.end();
      await caughtUpNow;
      expect(await projectedTotals(schema)).toEqual(oracleTotals([entry]));
    });

    it('does not wait for ever: past committedWaitMs it says so and returns', async () => {
      const logged: string[] = [];
      const patient = new Projector(readSide.db, readSide.store, createProjections(), {
        committedWaitMs: 200,
        log: (line) => logged.push(line),
      });
      const schema = await readSide.generations.active();
      const held = await openTransaction();
      try {
        const [stream, , event] = warrant(2, 'wiltshire');
        await readSide.store.appendToStream(stream, [event], { expectedRevision: 'any' });
        await patient.catchUp(schema);
        expect(logged).toEqual([
          expect.stringMatching(/a transaction left open holds the rest back/),
        ]);
      } finally {
        await held.end();
      }
    });
  });

  it('parks an event it cannot apply, reports it, and goes on with the others', async () => {
    const [stream, good] = warrant(4, 'dorset');
    const poison = {
      ...toEventToAppend(
        entryLogged({ operation: 'scorpion', phase: 1 }, randomUUID(), good.body as EntryDetails),
        provenance,
      ),
    };
    poison.data = { ...poison.data, count: 'many' };
    const [, after, afterEvent] = warrant(6, 'dorset');
    await readSide.store.appendToStream(stream, [poison, afterEvent], { expectedRevision: 'any' });
    await readSide.projector.catchUp(await readSide.generations.active());
    expect(await projectedTotals()).toEqual(oracleTotals([after]));
    const [totals] = await readSide.status.read();
    expect(totals.parked).toBe(1);
    const [parked] = await readSide.db.query(`SELECT * FROM ${totals.generation}.parked_events`);
    expect(parked).toMatchObject({
      projection: 'totals',
      event_id: poison.id,
      event_type: 'WarrantExecuted',
    });
    expect(parked.error).toContain('warrants');
  });

  it('counts nothing twice when two projectors run on one database', async () => {
    const log = await generateEventLog(readSide.store, { entries: 1500, seed: 11 });
    const second = await openReadSide(database.url, { batchSize: 50 });
    try {
      const schema = await readSide.generations.active();
      await Promise.all([readSide.projector.catchUp(schema), second.projector.catchUp(schema)]);
      expect(await projectedTotals()).toEqual(oracleTotals(log.entries));
    } finally {
      await second.close();
    }
  });

  it('rebuilds read models identical to the live ones, and switches readers over', async () => {
    await generateEventLog(readSide.store, { entries: 2000, seed: 3 });
    const live = await readSide.generations.active();
    await readSide.projector.catchUp(live);
    const { generation, previous } = await rebuildReadModels(
      readSide.generations,
      readSide.projector,
      {
        log: () => undefined,
        keepPrevious: true,
      },
    );
    expect(previous).toBe(live);
    expect(await readSide.generations.active()).toBe(generation);
    const tables = {
      ledger: 'position, seq',
      totals: 'operation, phase, force, metric',
      occurred_rollup: 'span, starts_on, operation, phase, force, metric',
      recorded_rollup: 'span, starts_at, operation, phase, force, metric',
      entry_log: 'entry_id',
      operations: 'id',
      phases: 'operation, number',
      checkpoints: 'projection',
    };
    for (const [table, order] of Object.entries(tables)) {
      const columns = table === 'checkpoints' ? 'projection, position' : '*';
      const [a, b] = await Promise.all(
        [live, generation].map((schema) =>
          readSide.db.query(`SELECT ${columns} FROM ${schema}.${table} ORDER BY ${order}`),
        ),
      );
      expect([table, b.length]).toEqual([table, a.length]);
      expect(b).toEqual(a);
    }
  });

  it('leaves no unfinished generation behind when a rebuild fails', async () => {
    await generateEventLog(readSide.store, { entries: 50, seed: 4 });
    const live = await readSide.generations.active();
    const unreachable = new PostgresEventStore({
      connectionString: database.url,
      upcasters: UPCASTERS,
    });
    await unreachable.close(); // every read now fails, as when the store goes away mid-rebuild
    const failing = new Projector(readSide.db, unreachable, createProjections());
    const log: string[] = [];

    await expect(
      rebuildReadModels(readSide.generations, failing, { log: (line) => log.push(line) }),
    ).rejects.toThrow();

    expect(await readSide.generations.active()).toBe(live);
    expect(
      await readSide.db.query(`SELECT schema_name, status FROM read_model_generations`),
    ).toEqual([{ schema_name: live, status: 'active' }]);
    const schemas = await readSide.db.query(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'read\\_%'`,
    );
    expect(schemas).toEqual([{ nspname: live }]);
    expect(log.at(-1)).toMatch(/^The rebuild failed; dropped the unfinished generation read_/);
  });
});

describe('the projector’s reading of the store, for its health', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('says it is retrying, how often and why, while the store does not answer', async () => {
    const reading = await openReadSide(database.url, { batchSize: 100 });
    const unreachable = new PostgresEventStore({ connectionString: database.url });
    await unreachable.close(); // every read now fails, as when the store goes away
    const failing = new Projector(reading.db, unreachable, createProjections(), { idleMs: 10 });
    try {
      expect(failing.reading()).toEqual({ state: 'stopped', attempts: 0 });
      failing.start(reading.generations);
      for (let i = 0; i < 200 && failing.reading().state !== 'retrying'; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(failing.reading()).toEqual({
        state: 'retrying',
        attempts: 1,
        lastError: expect.stringMatching(/pool/i),
      });
      reading.projector.start(reading.generations);
      expect(reading.projector.reading()).toEqual({ state: 'following', attempts: 0 });
    } finally {
      await failing.stop();
      await reading.close();
    }
    expect(failing.reading()).toEqual({ state: 'stopped', attempts: 0 });
  });
});
