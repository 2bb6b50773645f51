import 'reflect-metadata';
import { join } from 'node:path';
import { BenchPostgres } from './database/bench-postgres';
import { frameworkBench } from './http-framework/framework.bench';
import { eventStoreBench } from './event-store/event-store.bench';
import { projectionBench } from './projection/projection.bench';
import { queriesBench, type QueryFigures } from './queries/queries.bench';
import { writeLatest } from './report/benchmarks-doc';
import { describeMachine } from './report/machine';
import { atMost, Rows } from './report/row';
import { markdownTable } from './report/table';
import { benchSettings } from './settings';
import { ratio, sizeLabel } from './stats';
import { writePathBench } from './write-path/write-path.bench';

/**
 * npm run bench [-- --quick]: the whole system, measured in one run and printed as one
 * table, also written into docs/benchmarks.md between its bench:latest markers.
 * See bench/README.md for what each figure means.
 */
const main = async () => {
  const settings = benchSettings(process.argv.slice(2), process.env);
  const mode = settings.quick ? 'quick' : 'full';
  const started = Date.now();
  const rows = new Rows();
  const postgres = await BenchPostgres.start();
  try {
    const header = `**${mode} run** · ${await describeMachine(postgres.serverUrl, mode, postgres.isEmbedded)}`;
    process.stdout.write(`Ring of Steel benchmark — ${header}\n`);

    process.stdout.write('\nEvent store at the port, ours against Emmett\n');
    await eventStoreBench(postgres, settings, rows);

    process.stdout.write('\nHTTP write path\n');
    await writePathBench(postgres, settings, rows);

    process.stdout.write('\nHTTP framework: Express against Fastify\n');
    await frameworkBench(settings, rows);

    const figures = new Map<number, QueryFigures>();
    for (const size of settings.sizes) {
      process.stdout.write(`\n${sizeLabel(size)} events: projection and queries\n`);
      const databaseUrl = await postgres.freshDatabase(`ros_bench_${size}`);
      const largest = size === settings.sizes[settings.sizes.length - 1];
      const { readSide } = await projectionBench(databaseUrl, size, largest, rows);
      await readSide.close();
      figures.set(size, await queriesBench(postgres, databaseUrl, size, settings, rows));
    }
    if (settings.sizes.length > 1) scaling(settings.sizes, figures, rows);

    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    const table = markdownTable(header, notes(settings, minutes), rows.all);
    process.stdout.write(`\n${table}\n`);
    if (process.env.BENCH_NO_DOC !== '1') {
      const file = join(__dirname, '../../../docs/benchmarks.md');
      writeLatest(file, table);
      process.stdout.write(`\nWritten to ${file}\n`);
    }
  } finally {
    await postgres.stop();
  }
};

/** How each single-client figure grows from the smallest size to the largest. */
const scaling = (sizes: number[], figures: Map<number, QueryFigures>, rows: Rows) => {
  const small = sizes[0];
  const big = sizes[sizes.length - 1];
  const flat = atMost(1.5, '');
  for (const [name, bigFigure] of figures.get(big)!.single) {
    const smallFigure = figures.get(small)!.single.get(name)!;
    const grows = bigFigure.p50 / smallFigure.p50;
    const naiveGrows = figures.get(big)!.naive.get(name)! / figures.get(small)!.naive.get(name)!;
    const judged = name.includes('?');
    rows.add({
      area: 'queries, scaling',
      measure: `${name}, 1 client p50 ${sizeLabel(big)} / ${sizeLabel(small)}`,
      result: `${ratio(grows)} (naive SQL ${ratio(naiveGrows)})`,
      ...(judged ? { target: `${flat.target}×`, met: flat.met(grows) } : {}),
    });
  }
};

const notes = (settings: ReturnType<typeof benchSettings>, minutes: string) => [
  `Sizes ${settings.sizes.map(sizeLabel).join(', ')} events (BENCH_SIZES); the run took ${minutes} min.`,
  'The API is the built server (`dist/apps/api`) run as its own process, LOG_LEVEL info, projections in-process, with RATE_LIMIT_READS_PER_MINUTE and RATE_LIMIT_WRITES_PER_MINUTE at 1000000 so the throttler does not distort the load.',
  `Load: autocannon in a separate process, ${settings.loadSeconds} s per run (latencies in whole ms); single-client figures from one client timing ${settings.sequentialRequests} sequential requests after a warm-up.`,
  `Event store: ours and Emmett (@event-driven-io/emmett-postgresql) on the same server, a database each, pools of 20, ${settings.storeRounds} rounds taken in turn; figures are medians.`,
  "Targets are the issue's (#10), judged at the largest size where they name 1M.",
];

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
