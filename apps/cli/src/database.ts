import { EmbeddedPostgresServer, migrate, type AppConfig } from '@ros/platform';

/**
 * The database a CLI command works on: DATABASE_URL's, the embedded one the API is
 * running, or the embedded one started for the command and stopped after it.
 */
export const withDatabase = async <T>(
  config: AppConfig,
  log: (message: string) => void,
  work: (url: string) => Promise<T>,
): Promise<T> => {
  const running = config.databaseUrl ?? (await EmbeddedPostgresServer.urlIfRunning(config.dataDir));
  if (running) {
    await migrate(running);
    return work(running);
  }
  const embedded = new EmbeddedPostgresServer({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    log: () => undefined,
  });
  log(`Starting the embedded PostgreSQL in ${config.dataDir} for this command`);
  const url = await embedded.start();
  try {
    await migrate(url);
    return await work(url);
  } finally {
    await embedded.stop();
  }
};
