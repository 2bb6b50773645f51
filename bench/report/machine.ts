import { cpus, totalmem } from 'node:os';
import { Client } from 'pg';

/** What the figures were measured on: they mean little without it. */
export const describeMachine = async (serverUrl: string, mode: string, embedded: boolean) => {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    const settings = await client.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit')`,
    );
    const durability = settings.rows.map((row) => `${row.name} ${row.setting}`).join(', ');
    return [
      `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`,
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
      `Node ${process.version}`,
      `PostgreSQL ${rows[0].server_version}${embedded ? ' embedded' : ' (DATABASE_URL)'} (${durability})`,
      new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      `mode ${mode}`,
    ].join(' · ');
  } finally {
    await client.end();
  }
};
