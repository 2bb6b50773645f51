import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresServer } from '../../libs/platform/src';
import { freePort } from '../../libs/testing/src/child-process';

/**
 * The PostgreSQL server every part of the benchmark shares: the embedded one under a
 * fresh /tmp directory (as root it must live there), or DATABASE_URL's. Each part works
 * in a database of its own, dropped when the run ends.
 */
export class BenchPostgres {
  private readonly created: string[] = [];

  private constructor(
    readonly serverUrl: string,
    private readonly embedded: EmbeddedPostgresServer | null,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<BenchPostgres> {
    const dataDir = mkdtempSync(join(tmpdir(), 'ros-bench-'));
    chmodSync(dataDir, 0o755);
    if (process.env.DATABASE_URL) return new BenchPostgres(process.env.DATABASE_URL, null, dataDir);
    const embedded = new EmbeddedPostgresServer({
      dataDir: join(dataDir, 'postgres-server'),
      port: await freePort(),
      log: () => undefined,
    });
    return new BenchPostgres(await embedded.start(), embedded, dataDir);
  }

  get isEmbedded(): boolean {
    return this.embedded !== null;
  }

  /** A directory under the run's own, for an API server's DATA_DIR. */
  directory(name: string): string {
    const path = mkdtempSync(join(this.dataDir, `${name}-`));
    chmodSync(path, 0o755);
    return path;
  }

  /** An empty database on the server; its URL. */
  async freshDatabase(name: string): Promise<string> {
    await this.onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await this.onServer(`CREATE DATABASE ${name}`);
    this.created.push(name);
    const url = new URL(this.serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async stop(): Promise<void> {
    try {
      for (const name of this.created)
        await this.onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await this.embedded?.stop();
      rmSync(this.dataDir, { recursive: true, force: true });
    }
  }

  private async onServer(sql: string): Promise<void> {
    const client = new Client({ connectionString: this.serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
