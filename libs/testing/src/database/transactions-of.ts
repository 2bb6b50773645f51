import { Client } from 'pg';

/**
 * How many transactions stored the events of these streams: what shows that appends
 * shared a commit (an event's transaction id is kept with it, see global-order.ts).
 */
export const transactionsOf = async (databaseUrl: string, streams: string[]): Promise<number> => {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(DISTINCT transaction_id)::int AS n FROM events WHERE stream_name = ANY($1)`,
      [streams],
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
};
