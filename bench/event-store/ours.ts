import { PostgresEventStore, type EventMetadata } from '../../libs/event-store/src';
import { migrate } from '../../libs/platform/src';
import type { BenchEvent, Contender } from './contender';

/** Our PostgresEventStore, through the EventStore port only, on a migrated database of its own. */
export const ours = async (databaseUrl: string, poolSize: number): Promise<Contender> => {
  await migrate(databaseUrl);
  const store = new PostgresEventStore({ connectionString: databaseUrl, poolSize });
  const toAppend = (events: BenchEvent[]) =>
    events.map((event) => ({ ...event, metadata: event.metadata as EventMetadata }));
  return {
    name: 'ours',
    append: async (stream, events, expected) =>
      (
        await store.appendToStream(stream, toAppend(events), {
          expectedRevision: (expected as bigint | undefined) ?? 'no_stream',
        })
      ).nextExpectedRevision,
    readStream: async (stream) => (await store.readStream(stream)).length,
    readAll: async () => {
      let count = 0;
      let after: bigint | undefined;
      for (;;) {
        const batch = await store.readAll({ after, maxCount: 1000 });
        if (batch.length === 0) return count;
        count += batch.length;
        after = batch[batch.length - 1].position;
      }
    },
    follow: async (done) => {
      const ids: string[] = [];
      const subscription = store.subscribeToAll({
        after: (await store.headPosition()) ?? undefined,
      });
      const stop = setInterval(() => {
        if (done(ids)) void subscription.close();
      }, 20);
      const reading = (async () => {
        try {
          for await (const batch of subscription)
            for (const event of batch) ids.push(String(event.data.benchId));
        } finally {
          clearInterval(stop);
        }
        return ids;
      })();
      return { ids: reading };
    },
    close: () => store.close(),
  };
};
