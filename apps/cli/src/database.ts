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
    await migrated(running);
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
    await migrated(url);
    return await work(url);
  } finally {
    await embedded.stop();
  }
};

/** Brings the schema up to date; a server that cannot be reached is named, password left out. */
const migrated = async (url: string): Promise<void> => {
  try {
    await migrate(url);
  } catch (error) {
    const { hostname, port, pathname } = new URL(url);
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new Error(
      `Could not use the PostgreSQL at ${hostname}:${port || 5432}${pathname} (${reason}); check DATABASE_URL, or that the server is running`,
    );
  }
};
