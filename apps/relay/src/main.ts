import 'reflect-metadata';
import {
  ConfigurationError,
  dataSourceOptions,
  loadConfig,
  migrate,
  openEventStore,
  processLog,
  serveWorkerHealth,
} from '@ros/platform';
import { KafkaPublisher, Relay, RelayCheckpointRepository } from '@ros/feeds';
import { DataSource } from 'typeorm';

const log = processLog('relay');
const DEFAULT_HEALTH_PORT = 3002;

/**
 * The relay as a process of its own (set RELAY=off on the API): publishes every event to
 * Kafka and Ragwort's shared entries to the NRCU topic, then moves its checkpoint. Run one:
 * a second would publish the same events again (harmless to consumers that dedupe by id).
 */
const main = async (): Promise<void> => {
  const config = loadConfig();
  const problems = [
    ...(config.databaseUrl
      ? []
      : ['DATABASE_URL is required: the relay keeps its checkpoint there']),
    ...(config.kafkaBrokers ? [] : ['KAFKA_BROKERS is required: the relay publishes to Kafka']),
  ];
  if (problems.length) throw new ConfigurationError(problems);
  await migrate(config.databaseUrl!);
  const db = await new DataSource(dataSourceOptions(config.databaseUrl!)).initialize();
  const store = openEventStore(config.eventStore, config.databaseUrl!);
  const publisher = new KafkaPublisher(config.kafkaBrokers!, { logLevel: config.logLevel });
  const relay = new Relay(store, publisher, new RelayCheckpointRepository(db), {
    log,
    publishTimeoutMs: config.kafkaPublishTimeoutMs,
  });
  relay.start();
  const port = config.healthPort ?? DEFAULT_HEALTH_PORT;
  const health = await serveWorkerHealth(port, async () => {
    const state = relay.health();
    return { ok: state.state !== 'failing', relay: state };
  });
  log(`Relaying events to Kafka (${config.kafkaBrokers!.join(', ')}); health on :${port}/health`);

  const stop = async (signal: string) => {
    log(
      `${signal} received: stopping (a batch not yet acknowledged is sent again on the next start)`,
    );
    health.close();
    await relay.stop();
    await publisher.close();
    await store.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
};

main().catch((error) => {
  process.stderr.write(
    `${error instanceof ConfigurationError ? error.message : `The relay could not start: ${error?.stack ?? error}`}\n`,
  );
  process.exit(1);
});
