import 'reflect-metadata';
import {
  ConfigurationError,
  loadConfig,
  migrate,
  processLog,
  serveWorkerHealth,
} from '@ros/platform';
import { openReadSide } from '@ros/projections';

const log = processLog('projector');
const DEFAULT_HEALTH_PORT = 3001;

/**
 * The projections as a worker of their own, for when the API runs with PROJECTIONS=off
 * (several API instances, one projector). With the embedded default, `npm start` runs
 * them inside the API instead.
 */
const main = async (): Promise<void> => {
  const config = loadConfig();
  if (!config.databaseUrl)
    throw new ConfigurationError([
      'DATABASE_URL is required: the projector works on the API’s database (with the embedded default, npm start already runs the projections)',
    ]);
  await migrate(config.databaseUrl);
  const readSide = await openReadSide(config.databaseUrl, {
    batchSize: config.projectionBatchSize,
    log,
    eventStore: config.eventStore,
  });
  readSide.projector.start(readSide.generations);
  const port = config.healthPort ?? DEFAULT_HEALTH_PORT;
  const health = await serveWorkerHealth(port, async () => {
    // Retrying is not down: it goes on by itself once the store or database answers again.
    const reading = readSide.projector.reading();
    const projections = await readSide.status.read();
    await readSide.store.ping();
    return { ok: true, reading, projections };
  });
  log(
    `Projecting into ${await readSide.generations.active()} (batches of ${config.projectionBatchSize}); health on :${port}/health`,
  );

  const stop = async (signal: string) => {
    log(`${signal} received: finishing the batch in hand, then stopping`);
    health.close();
    await readSide.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
};

main().catch((error) => {
  process.stderr.write(
    `${error instanceof ConfigurationError ? error.message : `The projector could not start: ${error?.stack ?? error}`}\n`,
  );
  process.exit(1);
});
