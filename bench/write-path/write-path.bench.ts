import { FORCE_IDS, londonDateOf, type ForceId } from '../../libs/domain/src';
import { ApiProcess } from '../api-server/api-process';
import { describeCpu, spendingCpu, type CpuSpent } from '../api-server/cpu-spent';
import { adminToken, call, coordinatorTokens } from '../api-server/people';
import type { BenchPostgres } from '../database/bench-postgres';
import { runLoad } from '../load/load';
import type { LoadResult } from '../load/load-spec';
import { atLeast, atMost, type Rows } from '../report/row';
import type { BenchSettings } from '../settings';
import { ms, seconds, whole } from '../stats';

const ENTRIES_PER_SECOND = atLeast(2500, 'entries/s');
const P99 = atMost(30, 'ms p99');
const BATCH = atMost(0.5, 's');

/**
 * The HTTP write path on a fresh database: entries logged by 1, 8 and 32 clients spread
 * over the five forces (each under its force coordinator's token), 32 clients all on one
 * force and phase, and one batch of 1,000 entries. Each measure logs into an operation of
 * its own, so none starts behind another's streams.
 */
export const writePathBench = async (
  postgres: BenchPostgres,
  settings: BenchSettings,
  rows: Rows,
): Promise<void> => {
  const databaseUrl = await postgres.freshDatabase('ros_bench_writes');
  const api = await ApiProcess.start(databaseUrl, postgres.directory('api-writes'));
  try {
    rows.add({
      area: 'API process',
      measure: 'start to healthy (built server, empty database: migrations run)',
      result: seconds(api.startToHealthyMs),
      ...verdict(atMost(3, 's'), api.startToHealthyMs / 1000),
    });
    const admin = await adminToken(api.url);
    const coordinators = await coordinatorTokens(api.url, admin);
    const operation = operationsOn(api.url, admin);
    const writers = (forces: readonly ForceId[]) =>
      forces.map((force) => [force, coordinators[force]] as [string, string]);
    const occurredAt = new Date(Date.now() - 60_000).toISOString();

    const load = async (id: string, connections: number, forces: readonly ForceId[]) => {
      const path = `/api/operations/${await operation(id)}/phases/1/entries`;
      return spendingCpu(api.pid, () =>
        runLoad({
          url: api.url,
          mode: 'autocannon',
          connections,
          seconds: settings.loadSeconds,
          requests: 0,
          request: { kind: 'entries', path, writers: writers(forces), occurredAt },
        }),
      );
    };

    for (const connections of [1, 8, 32]) {
      const result = await load(`bench-c${connections}`, connections, FORCE_IDS);
      const targeted = connections === 32;
      rows.add({
        area: 'HTTP write path',
        measure: `POST entries, ${connections} client${connections > 1 ? 's' : ''} over five forces`,
        result: describe(result),
        ...(targeted
          ? {
              target: `${ENTRIES_PER_SECOND.target}, ${P99.target}`,
              met: ENTRIES_PER_SECOND.met(result.perSecond) && P99.met(result.p99),
            }
          : {}),
      });
    }
    const oneStream = await load('bench-one-force', 32, ['dorset']);
    rows.add({
      area: 'HTTP write path',
      measure: 'POST entries, 32 clients, all one force and phase',
      result: describe(oneStream),
    });

    const batchPath = `/api/operations/${await operation('bench-batch')}/phases/1/entries/batch`;
    const entries = Array.from({ length: settings.batchEntries }, (_, i) => ({
      entryId: crypto.randomUUID(),
      kind: 'warrant',
      count: 1,
      force: FORCE_IDS[i % FORCE_IDS.length],
      occurredAt,
    }));
    const started = Date.now();
    const { results } = await call<{ results: { status: number }[] }>(api.url, 'POST', batchPath, {
      token: admin,
      body: { entries },
      expect: [200],
    });
    const batchSeconds = (Date.now() - started) / 1000;
    const stored = results.filter((result) => result.status === 201).length;
    rows.add({
      area: 'HTTP write path',
      measure: `one batch of ${whole(settings.batchEntries)} entries, end to end`,
      result: `${batchSeconds.toFixed(2)} s (${whole(stored)} stored)`,
      ...verdict(BATCH, batchSeconds),
    });
    if (stored !== settings.batchEntries)
      throw new Error(`The batch stored ${stored} of ${settings.batchEntries} entries`);

    rows.add({
      area: 'API process',
      measure: 'peak RSS, write-path server (VmHWM)',
      result: `${whole(api.peakRssMb())} MB`,
      ...verdict(atMost(300, 'MB'), api.peakRssMb()),
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\nAPI log:\n${api.logTail()}`);
  } finally {
    await api.stop();
  }
};

const verdict = (bound: { target: string; met: (value: number) => boolean }, value: number) => ({
  target: bound.target,
  met: bound.met(value),
});

const describe = (result: LoadResult & { cpu?: CpuSpent }) =>
  `${whole(result.perSecond)} entries/s, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}` +
  (result.failed ? `, ${whole(result.failed)} failed` : '') +
  describeCpu(result.cpu);

/** Registers an operation of the five forces with phase 1 open since the day before yesterday. */
const operationsOn = (base: string, token: string) => async (id: string) => {
  await call(base, 'POST', '/api/operations', {
    token,
    body: { id, name: `Benchmark ${id}`, scope: 'regional', forces: FORCE_IDS },
    expect: [201],
  });
  const startsOn = londonDateOf(new Date(Date.now() - 2 * 86_400_000));
  await call(base, 'POST', `/api/operations/${id}/phases`, {
    token,
    body: { number: 1, startsOn },
    expect: [201],
  });
  return id;
};
