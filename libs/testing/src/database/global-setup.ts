import { mkdtempSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresServer } from '../../../platform/src/database/embedded-postgres';
import { migrate } from '../../../platform/src/database/migrate';
import { markOwner, stopLeftoverTestServers, TEST_SERVER_PREFIX } from './leftover-servers';
import { withDatabase } from './server-url';

declare global {
  var rosTestPostgres: EmbeddedPostgresServer | undefined;
}

/**
 * One PostgreSQL per test run (the embedded one, or DATABASE_URL's server), and one
 * migrated template database that each test file copies into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.ROS_TEST_SERVER_URL) return; // already set up by another project of this run
  const serverUrl = process.env.DATABASE_URL ?? (await startEmbedded());
  const template = `ros_template_${process.pid}`;
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await migrate(withDatabase(serverUrl, template));
  process.env.ROS_TEST_SERVER_URL = withDatabase(serverUrl, 'postgres');
  process.env.ROS_TEST_TEMPLATE = template;
}

const startEmbedded = async (): Promise<string> => {
  await stopLeftoverTestServers();
  const dataDir = mkdtempSync(join(tmpdir(), TEST_SERVER_PREFIX));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
  markOwner(dataDir);
  const server = new EmbeddedPostgresServer({
    dataDir,
    port: await freePort(),
    log: () => undefined,
  });
  globalThis.rosTestPostgres = server;
  process.env.ROS_TEST_DATA_DIR = dataDir;
  return server.start();
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
