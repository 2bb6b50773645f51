import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createServer } from '../apps/api/src/server';
import { EmbeddedPostgresServer, loadConfig, migrate } from '../libs/platform/src';
import { openReadSide } from '../libs/projections/src';
import { freePort } from '../libs/testing/src/child-process';
import { generateEventLog } from '../libs/testing/src/event-log';
import { appendsOverHttp } from './appends';

/**
 * npm run bench: the read side at 10k and 1M events (BENCH_SIZES to change), on the
 * embedded PostgreSQL (or DATABASE_URL's server). It prints:
 * - how fast a generated log is appended (events/s, 500 events per append);
 * - how fast the projector catches up from scratch (events/s, every projection);
 * - the latency of /api/summary and phase totals over HTTP, one client, sequential;
 * - how fast entries are logged over HTTP by ten clients at once (BENCH_APPENDS, 2000).
 */
const SIZES = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const say = (line: string) => process.stdout.write(`${line}\n`);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const latency = async (url: string, token: string, path: string) => {
  const times: number[] = [];
  for (let i = 0; i < QUERIES + 20; i++) {
    const started = process.hrtime.bigint();
    const response = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    if (i >= 20) times.push(Number(process.hrtime.bigint() - started) / 1e6); // the first 20 warm up
  }
  times.sort((a, b) => a - b);
  return `p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`;
};

const onServer = async (url: string, sql: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
};

const main = async () => {
  say(
    `Ring of Steel read-side benchmark — ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'ros-bench-'));
  chmodSync(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL
    ? null
    : new EmbeddedPostgresServer({ dataDir, port: await freePort(), log: () => undefined });
  const serverUrl = process.env.DATABASE_URL ?? (await embedded!.start());
  try {
    for (const size of SIZES) {
      const name = `ros_bench_${size}`;
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
      await onServer(serverUrl, `CREATE DATABASE ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      await migrate(url.toString());
      const readSide = await openReadSide(url.toString(), { batchSize: 1000 });
      say(`\n== ${size.toLocaleString('en-GB')} events ==`);

      let started = Date.now();
      const log = await generateEventLog(readSide.store, {
        entries: Math.round(size / 1.08),
        seed: 1,
      });
      let seconds = (Date.now() - started) / 1000;
      say(
        `append (500 events per append)   ${log.events.toLocaleString('en-GB')} events in ${seconds.toFixed(1)} s = ${Math.round(log.events / seconds).toLocaleString('en-GB')} events/s`,
      );

      const schema = await readSide.generations.active();
      started = Date.now();
      await readSide.projector.catchUp(schema);
      seconds = (Date.now() - started) / 1000;
      say(
        `projection catch-up (3 projections) ${seconds.toFixed(1)} s = ${Math.round(log.events / seconds).toLocaleString('en-GB')} events/s`,
      );

      const config = loadConfig({
        DATA_DIR: dataDir,
        ADMIN_PASSWORD: 'benchmark admin password',
        TOKEN_SECRET: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'silent',
        PROJECTIONS: 'off',
      });
      const app = await createServer(config, url.toString());
      app.useLogger(false);
      await app.listen(0, '127.0.0.1');
      const base = await app.getUrl();
      const { accessToken } = (await (
        await fetch(`${base}/api/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: 'benchmark admin password' }),
        })
      ).json()) as { accessToken: string };
      say(`GET /api/summary                  ${await latency(base, accessToken, '/api/summary')}`);
      say(
        `GET phase totals                  ${await latency(base, accessToken, '/api/operations/scorpion/phases/5/totals')}`,
      );
      const asOf = new Date().toISOString();
      say(
        `GET phase totals ?asOf (ledger)   ${await latency(base, accessToken, `/api/operations/scorpion/phases/5/totals?asOf=${asOf}`)}`,
      );
      say(
        `GET /api/summary ?from&to (ledger) ${await latency(base, accessToken, '/api/summary?from=2023-01-01&to=2023-06-30')}`,
      );
      say(`POST entries over HTTP             ${await appendsOverHttp(base, accessToken)}`);
      await app.close();
      await readSide.close();
      await onServer(serverUrl, `DROP DATABASE ${name}`);
    }
  } finally {
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
