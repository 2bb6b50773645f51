import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.ROS_TEST_SERVER_URL;
  if (!serverUrl) return;
  delete process.env.ROS_TEST_SERVER_URL;
  if (globalThis.rosTestPostgres) {
    await globalThis.rosTestPostgres.stop();
    globalThis.rosTestPostgres = undefined;
    if (process.env.ROS_TEST_DATA_DIR)
      rmSync(process.env.ROS_TEST_DATA_DIR, { recursive: true, force: true });
    return;
  }
  // DATABASE_URL's server stays; drop what this run created on it.
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE 'ros_test_%'`,
      [process.env.ROS_TEST_TEMPLATE],
    );
    for (const { datname } of rows)
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
