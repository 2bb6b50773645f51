import 'reflect-metadata';
import { DemoSeeder } from '@ros/demo';
import { ConfigurationError, EmbeddedPostgresServer, loadConfig, processLog } from '@ros/platform';
import { createServer } from './server';

/**
 * `npm start`: the API on PORT, over DATABASE_URL's PostgreSQL or, without one, a real
 * PostgreSQL embedded under DATA_DIR.
 */
const main = async (): Promise<void> => {
  const config = loadConfig();
  const log = processLog('api');
  const embedded = config.databaseUrl
    ? null
    : new EmbeddedPostgresServer({
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
        log: processLog('postgres'),
      });
  const databaseUrl = config.databaseUrl ?? (await embedded!.start());
  const app = await createServer(config, databaseUrl).catch(async (error) => {
    await embedded?.stop(); // a refused start leaves no PostgreSQL running behind it
    throw error;
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing requests in flight, then stopping`);
    await app.close(); // drains HTTP, closes the pools
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen(config.port).catch(async (error) => {
    await app.close().catch(() => undefined);
    await embedded?.stop();
    throw error;
  });
  log(`Ring of Steel is listening on http://localhost:${config.port} (OpenAPI at /docs)`);
  // Once up: the admin exists and the projector runs. A failed seed leaves the server serving.
  if (config.seedDemo) {
    const say = processLog('demo');
    await app
      .get(DemoSeeder)
      .seed(say)
      .catch((error) => say(`Demo region could not be seeded: ${error?.message ?? error}`));
  }
};

main().catch((error) => {
  if (error instanceof ConfigurationError) process.stderr.write(`${error.message}\n`);
  else
    process.stderr.write(
      `Ring of Steel could not start: ${error instanceof Error ? error.stack : error}\n`,
    );
  process.exit(1);
});
