import type { BenchPostgres } from '../database/bench-postgres';
import { atLeast, type Rows } from '../report/row';
import type { BenchSettings } from '../settings';
import { median, ratio, whole } from '../stats';
import { benchEvent, type Contender } from './contender';
import { emmett } from './emmett';
import { ours } from './ours';
import { readAllUnderAppends } from './read-all-under-appends';

const POOL_SIZE = 20; // the API's default pool
const WRITERS = 32;
const AHEAD_OF_EMMETT = atLeast(1.5, '× Emmett');

/**
 * Our PostgresEventStore against Emmett's PostgreSQL store, at the port, on the same
 * server (a database each), taking turns (ours, Emmett, ours, Emmett, …) so the machine's
 * noise falls on both; each figure is the median of its rounds, and the ratio ours/Emmett.
 */
export const eventStoreBench = async (
  postgres: BenchPostgres,
  settings: BenchSettings,
  rows: Rows,
): Promise<void> => {
  const contenders: Contender[] = [
    await ours(await postgres.freshDatabase('ros_bench_store_ours'), POOL_SIZE),
    await emmett(await postgres.freshDatabase('ros_bench_store_emmett'), POOL_SIZE),
  ];
  try {
    const rates = (measure: (contender: Contender, round: number) => Promise<number>) =>
      interleaved(contenders, settings.storeRounds, measure);

    const single = await rates(async (store, round) => {
      const stream = `bench-single-${round}`;
      const started = process.hrtime.bigint();
      let expected: unknown;
      for (let i = 0; i < settings.singleAppends; i++)
        expected = await store.append(stream, [benchEvent(stream)], expected);
      return settings.singleAppends / secondsSince(started);
    });
    compare(rows, 'single-event appends, 1 writer', single, 'appends/s', AHEAD_OF_EMMETT);

    const perWriter = Math.ceil((settings.singleAppends * 2) / WRITERS);
    const concurrent = await rates(async (store, round) => {
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: WRITERS }, async (_, writer) => {
          const stream = `bench-writer-${round}-${writer}`;
          let expected: unknown;
          for (let i = 0; i < perWriter; i++)
            expected = await store.append(stream, [benchEvent(stream)], expected);
        }),
      );
      return (perWriter * WRITERS) / secondsSince(started);
    });
    compare(
      rows,
      `single-event appends, ${WRITERS} writers on their own streams`,
      concurrent,
      'appends/s',
      AHEAD_OF_EMMETT,
    );

    const hundreds = await rates(async (store, round) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < settings.batchAppends; i++) {
        const stream = `bench-hundred-${round}-${i}`;
        await store.append(
          stream,
          Array.from({ length: 100 }, () => benchEvent(stream)),
        );
      }
      return (settings.batchAppends * 100) / secondsSince(started);
    });
    compare(rows, '100-event appends, 1 writer', hundreds, 'events/s', AHEAD_OF_EMMETT);
    rows.add({
      area: 'event store',
      measure: '100-event appends, ours',
      result: `${whole(median(hundreds.get('ours')!))} events/s`,
      target: atLeast(50_000, 'events/s').target,
      met: atLeast(50_000, 'events/s').met(median(hundreds.get('ours')!)),
    });

    // One stream of 1,000 events, as a long phase's stream was: read whole, ten times a round.
    for (const store of contenders) {
      let expected: unknown;
      for (let i = 0; i < 10; i++)
        expected = await store.append(
          'bench-long',
          Array.from({ length: 100 }, () => benchEvent('bench-long')),
          expected,
        );
    }
    const oneStream = await rates(async (store) => {
      const started = process.hrtime.bigint();
      let events = 0;
      for (let i = 0; i < 10; i++) events += await store.readStream('bench-long');
      return events / secondsSince(started);
    });
    compare(rows, 'read one stream of 1,000 events', oneStream, 'events/s');

    const all = await rates(async (store) => {
      const started = process.hrtime.bigint();
      const events = await store.readAll();
      return events / secondsSince(started);
    });
    compare(rows, 'read all from the start, batches of 1,000', all, 'events/s');

    for (const store of contenders) {
      const { read, twice, never } = await readAllUnderAppends(store, settings.singleAppends * 2);
      rows.add({
        area: 'event store',
        measure: `read all while 8 writers append, ${store.name}`,
        result: `${whole(read)} read: ${whole(twice)} returned twice, ${whole(never)} never`,
        target: 'none twice, none never',
        met: twice === 0 && never === 0,
      });
    }
  } finally {
    for (const store of contenders) await store.close();
  }
};

const secondsSince = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/** Each round runs every contender in turn; a rate per contender per round. */
const interleaved = async (
  contenders: Contender[],
  rounds: number,
  measure: (contender: Contender, round: number) => Promise<number>,
): Promise<Map<string, number[]>> => {
  const rates = new Map(contenders.map((contender) => [contender.name, [] as number[]]));
  for (let round = 0; round < rounds; round++)
    for (const contender of contenders)
      rates.get(contender.name)!.push(await measure(contender, round));
  return rates;
};

const compare = (
  rows: Rows,
  measure: string,
  rates: Map<string, number[]>,
  unit: string,
  bound?: { target: string; met: (value: number) => boolean },
) => {
  const mine = median(rates.get('ours')!);
  const theirs = median(rates.get('Emmett')!);
  rows.add({
    area: 'event store',
    measure: `${measure}: ours / Emmett`,
    result: `${whole(mine)} / ${whole(theirs)} ${unit} = ${ratio(mine / theirs)}`,
    ...(bound ? { target: bound.target, met: bound.met(mine / theirs) } : {}),
  });
};
