import { ApiProcess } from '../api-server/api-process';
import { describeCpu, spendingCpu } from '../api-server/cpu-spent';
import { adminToken, call } from '../api-server/people';
import type { BenchPostgres } from '../database/bench-postgres';
import { runLoad } from '../load/load';
import { atLeast, atMost, type Rows } from '../report/row';
import type { BenchSettings } from '../settings';
import { ms, percentile, seconds, sizeLabel, whole } from '../stats';
import { naiveEntries, timeNaive } from './naive-sql';
import { questions } from './routes';

export interface QueryFigures {
  /** Single-client p50 and p99 of each question, in ms. */
  single: Map<string, { p50: number; p99: number }>;
  /** The naive SQL baseline's p50 of each question, in ms. */
  naive: Map<string, number>;
}

const SINGLE_P99 = atMost(10, 'ms p99');
const WINDOW_P99 = atMost(30, 'ms p99');
const SUMMARY_LOAD = atLeast(3000, 'req/s');

/**
 * The totals routes over HTTP on a database of `size` events (already projected), on a
 * server of its own: one client at a time (p50/p99), then 32 clients (req/s, p99); and the
 * naive SQL baseline over the raw events, one query at a time.
 */
export const queriesBench = async (
  postgres: BenchPostgres,
  databaseUrl: string,
  size: number,
  settings: BenchSettings,
  rows: Rows,
): Promise<QueryFigures> => {
  const label = sizeLabel(size);
  const api = await ApiProcess.start(databaseUrl, postgres.directory(`api-${label}`));
  const single = new Map<string, { p50: number; p99: number }>();
  const naiveP50 = new Map<string, number>();
  try {
    rows.add({
      area: 'API process',
      measure: `start to healthy (built server, ${label} events)`,
      result: seconds(api.startToHealthyMs),
      target: atMost(3, 's').target,
      met: atMost(3, 's').met(api.startToHealthyMs / 1000),
    });
    const token = await adminToken(api.url);
    for (const question of questions(new Date().toISOString())) {
      const body = await call<{ totals?: { entries: number }; regional?: { entries: number } }>(
        api.url,
        'GET',
        question.path,
        {
          token,
          expect: [200],
        },
      );
      const alone = await runLoad({
        url: api.url,
        mode: 'sequential',
        connections: 1,
        seconds: 0,
        requests: settings.sequentialRequests,
        request: { kind: 'get', path: question.path, token },
      });
      single.set(question.name, alone);
      const bound = question.name.includes('?') ? WINDOW_P99 : SINGLE_P99;
      const judged = question.name !== 'force totals';
      rows.add({
        area: `queries ${label}`,
        measure: `${question.name}, 1 client`,
        result: `p50 ${ms(alone.p50)}, p99 ${ms(alone.p99)}${failures(alone.failed)}`,
        ...(judged ? { target: bound.target, met: bound.met(alone.p99) } : {}),
      });
      const loaded = await spendingCpu(api.pid, () =>
        runLoad({
          url: api.url,
          mode: 'autocannon',
          connections: 32,
          seconds: settings.loadSeconds,
          requests: 0,
          request: { kind: 'get', path: question.path, token },
        }),
      );
      const summary = question.name === 'summary';
      rows.add({
        area: `queries ${label}`,
        measure: `${question.name}, 32 clients`,
        result:
          `${whole(loaded.perSecond)} req/s, p99 ${ms(loaded.p99)}${failures(loaded.failed)}` +
          describeCpu(loaded.cpu),
        ...(summary
          ? {
              target: `${SUMMARY_LOAD.target}, ${WINDOW_P99.target}`,
              met: SUMMARY_LOAD.met(loaded.perSecond) && WINDOW_P99.met(loaded.p99),
            }
          : {}),
      });

      // A naive query over 1M events takes seconds: fewer runs as the log grows, five at least.
      const times = Math.min(
        Math.round(settings.sequentialRequests / 10),
        Math.max(5, Math.round(3_000_000 / size)),
      );
      const naive = await timeNaive(databaseUrl, question, times);
      naiveP50.set(question.name, percentile(naive, 50));
      const counted = await naiveEntries(databaseUrl, question);
      const served = body.totals?.entries ?? body.regional?.entries;
      rows.add({
        area: `queries ${label}`,
        measure: `${question.name}, naive SQL over the events table, 1 client (${times} runs)`,
        result:
          `p50 ${ms(percentile(naive, 50))}, p99 ${ms(percentile(naive, 99))}` +
          (served === undefined
            ? ''
            : served === counted
              ? ` (same ${whole(counted)} entries as the API)`
              : ` (counts ${whole(counted)} entries, the API ${whole(served)})`),
      });
    }
    rows.add({
      area: 'API process',
      measure: `peak RSS, queries on ${label} events (VmHWM)`,
      result: `${whole(api.peakRssMb())} MB`,
      target: atMost(300, 'MB').target,
      met: atMost(300, 'MB').met(api.peakRssMb()),
    });
    return { single, naive: naiveP50 };
  } catch (error) {
    throw new Error(`${(error as Error).message}\nAPI log:\n${api.logTail()}`);
  } finally {
    await api.stop();
  }
};

const failures = (failed: number) => (failed ? `, ${whole(failed)} failed` : '');
