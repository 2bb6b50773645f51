import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createServer } from '../apps/api/src/server';
import { EmbeddedPostgresServer, loadConfig } from '../libs/platform/src';
import { freePort } from '../libs/testing/src/child-process';
import { appendsOverHttp } from './appends';

/**
 * npm run bench:audit: what the audit trail costs the write path. Two API servers on one
 * database, one recording every request in the audit trail (as in production) and one
 * not (only this benchmark can ask for that), take turns logging BENCH_APPENDS entries
 * over HTTP from ten clients, BENCH_ROUNDS times each, so both see the same machine load.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const say = (line: string) => process.stdout.write(`${line}\n`);
const perSecond = (line: string) =>
  Number(/= ([\d,]+) entries\/s/.exec(line)![1].replace(/,/g, ''));
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const main = async () => {
  say(
    `Audit trail cost — ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'ros-bench-audit-'));
  chmodSync(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL
    ? null
    : new EmbeddedPostgresServer({ dataDir, port: await freePort(), log: () => undefined });
  const serverUrl = process.env.DATABASE_URL ?? (await embedded!.start());
  const onServer = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  const name = 'ros_bench_audit';
  await onServer(`DROP DATABASE IF EXISTS ${name}`);
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const config = loadConfig({
    DATA_DIR: dataDir,
    ADMIN_PASSWORD: 'benchmark admin password',
    TOKEN_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    PROJECTIONS: 'off',
  });
  const serve = async (audit: boolean) => {
    const app = await createServer(config, url.toString(), { audit });
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
    return { app, run: () => appendsOverHttp(base, accessToken) };
  };
  try {
    const audited = await serve(true);
    const unaudited = await serve(false);
    const rates = { audited: [] as number[], unaudited: [] as number[] };
    await unaudited.run(); // warm-up
    for (let round = 1; round <= ROUNDS; round++)
      for (const [label, server] of [
        ['unaudited', unaudited],
        ['audited', audited],
      ] as const) {
        const line = await server.run();
        rates[label].push(perSecond(line));
        say(`round ${round} ${label.padEnd(9)} ${line}`);
      }
    const ratio = median(rates.audited) / median(rates.unaudited);
    say(
      `median: with the audit trail ${median(rates.audited)} entries/s, without ${median(rates.unaudited)} entries/s: ratio ${ratio.toFixed(2)}`,
    );
    await audited.app.close();
    await unaudited.app.close();
    await onServer(`DROP DATABASE ${name}`);
  } finally {
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
