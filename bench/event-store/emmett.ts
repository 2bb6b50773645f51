import { dumbo } from '@event-driven-io/dumbo';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import {
  getPostgreSQLEventStore,
  messagesTable,
  postgreSQLEventStoreMessageBatchPuller,
  readMessagesBatch,
} from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import type { Contender } from './contender';

/**
 * Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql), a dev dependency
 * of this benchmark only, through its own API, with a pool as large as ours.
 */
export const emmett = async (databaseUrl: string, poolSize: number): Promise<Contender> => {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on('error', () => undefined);
  const store = getPostgreSQLEventStore(databaseUrl, {
    connectionOptions: { pooled: true, pool },
  });
  await store.schema.migrate();
  const reader = dumbo({ connectionString: databaseUrl });
  return {
    name: 'Emmett',
    append: async (stream, events, expected) =>
      (
        await store.appendToStream(
          stream,
          events.map(({ type, data, metadata }) => ({ type, data, metadata })),
          { expectedStreamVersion: (expected as bigint | undefined) ?? STREAM_DOES_NOT_EXIST },
        )
      ).nextExpectedStreamVersion,
    readStream: async (stream) => (await store.readStream(stream)).events.length,
    readAll: async () => {
      let count = 0;
      let after = 0n;
      for (;;) {
        const batch = await readMessagesBatch(reader.execute, { after, batchSize: 1000 });
        if (batch.messages.length === 0) return count;
        count += batch.messages.length;
        after = batch.currentGlobalPosition;
      }
    },
    follow: async (done) => {
      const ids: string[] = [];
      // Not readLastMessageGlobalPosition: in 0.42 it answers the first position (ascending
      // order, LIMIT 1), which would start the reader at the beginning, far from the race.
      const { rows } = await pool.query<{ head: string | null }>(
        `SELECT max(global_position) AS head FROM ${messagesTable.name}`,
      );
      const head = rows[0].head === null ? null : BigInt(rows[0].head);
      const stopping = new AbortController();
      const puller = postgreSQLEventStoreMessageBatchPuller({
        executor: reader.execute,
        signal: stopping.signal,
        batchSize: 1000,
        pullingFrequencyInMs: 0,
        eachBatch: async (messages) => {
          for (const message of messages)
            ids.push(String((message.data as Record<string, unknown>).benchId));
        },
      });
      const stop = setInterval(() => {
        if (done(ids)) stopping.abort();
      }, 20);
      const reading = puller
        .start({ startFrom: { lastCheckpoint: head ?? 0n } })
        .then(() => ids)
        .finally(() => clearInterval(stop));
      return { ids: reading };
    },
    close: async () => {
      await store.close();
      await reader.close();
      await pool.end().catch(() => undefined);
    },
  };
};
