import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabase } from './server-url';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A database of this test file's own, copied from the migrated template. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const serverUrl = process.env.ROS_TEST_SERVER_URL;
  const template = process.env.ROS_TEST_TEMPLATE;
  if (!serverUrl || !template)
    throw new Error(
      'No test PostgreSQL: run database tests through jest, whose globalSetup starts one',
    );
  const name = `ros_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`),
  );
  return {
    url: withDatabase(serverUrl, name),
    drop: () =>
      onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
};

const onServer = async (url: string, work: (client: Client) => Promise<unknown>): Promise<void> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
};
