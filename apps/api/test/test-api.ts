import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { FastifyAdapter } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { loadConfig } from '@ros/platform';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../libs/testing/src/database/test-database';
import { createServer } from '../src/server';

export const ADMIN_PASSWORD = 'correct horse battery staple';
const USER_PASSWORD = 'a long enough password';

/** The people the tests act as. */
export const PEOPLE = {
  admin: { role: 'admin' },
  dorset: { role: 'coordinator', force: 'dorset' },
  wiltshire: { role: 'coordinator', force: 'wiltshire' },
  analyst: { role: 'analyst' },
  pcc: { role: 'pcc', force: 'dorset' },
} as const;
export type Person = keyof typeof PEOPLE;

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * The real API on a real port, over a PostgreSQL database of this test file's own,
 * with a token for each kind of person.
 */
export class TestApi {
  private tokens = {} as Record<Person, string>;

  private constructor(
    private readonly app: INestApplication,
    readonly url: string,
    readonly database: TestDatabase,
    private readonly dataDir: string,
    private readonly served: string[],
    private readonly settings: Record<string, string>,
  ) {}

  /** `env`: settings on top of the test's own (CORS_ORIGINS, a short SIGN_IN_LOCKOUT_SECONDS), as the environment gives them. */
  static async start(env: Record<string, string> = {}): Promise<TestApi> {
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'ros-api-'));
    chmodSync(dataDir, 0o755);
    const api = await TestApi.launch(database, dataDir, {
      DATA_DIR: dataDir,
      ADMIN_PASSWORD,
      TOKEN_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
      ...env,
    });
    await api.signInEveryone();
    return api;
  }

  /**
   * This server stopped and started again on the same database and DATA_DIR, with `env` on
   * top of its settings: what an operator's restart does. The people's tokens are kept (the
   * same TOKEN_SECRET), to show what still works with them.
   */
  async restarted(env: Record<string, string> = {}): Promise<TestApi> {
    await this.app.close();
    const api = await TestApi.launch(this.database, this.dataDir, { ...this.settings, ...env });
    api.tokens = { ...this.tokens };
    return api;
  }

  private static async launch(
    database: TestDatabase,
    dataDir: string,
    settings: Record<string, string>,
  ): Promise<TestApi> {
    const app = await createServer(loadConfig(settings), database.url);
    app.useLogger(false);
    const served = routesGiven(app);
    await app.listen(0, '127.0.0.1');
    return new TestApi(app, await app.getUrl(), database, dataDir, served, settings);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.database.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async request<T = any>(
    method: string,
    path: string,
    options: {
      as?: Person | null;
      body?: unknown;
      /** Sent as it is: a string as UTF-8, bytes as they are. */
      rawBody?: string | Uint8Array;
      token?: string;
      csvAccept?: boolean;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Answer<T>> {
    const token =
      options.token ?? (options.as === null ? undefined : this.tokens[options.as ?? 'admin']);
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.csvAccept ? { accept: 'text/csv' } : {}),
        ...(options.body !== undefined || options.rawBody !== undefined
          ? { 'content-type': 'application/json' }
          : {}),
        ...options.headers,
      },
      body:
        options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    const answer = { status: response.status, body: (text ? parse(text) : undefined) as T };
    // Not enumerable, so tests can still compare whole answers with toEqual.
    return Object.defineProperty(answer, 'headers', { value: response.headers }) as Answer<T>;
  }

  /** The token a person of the test signed in with. */
  tokenOf(person: Person): string {
    return this.tokens[person];
  }

  post<T = any>(path: string, body: unknown, as: Person | null = 'admin') {
    return this.request<T>('POST', path, { body, as });
  }

  get<T = any>(path: string, as: Person | null = 'admin') {
    return this.request<T>('GET', path, { as });
  }

  /** A provider of the running application, for what has no route (the demo seed). */
  provider<T>(type: new (...args: any[]) => T): T {
    return this.app.get(type);
  }

  /**
   * Every route the server answers, as `GET /api/operations/{op}`: what Fastify was given
   * once the server was built, documented or not.
   */
  routes(): string[] {
    return [...this.served];
  }

  /** Reads the database directly: what a refused request must have left untouched. */
  async sql<T extends object = any>(query: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.database.url });
    await client.connect();
    try {
      return (await client.query<T>(query, params)).rows;
    } finally {
      await client.end();
    }
  }

  /** What a refused request must leave as it was: every event, user and publication stored. */
  async stored(): Promise<{ events: number; users: number; publications: number }> {
    const [row] = await this.sql(
      `SELECT (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM users)::int AS users,
              (SELECT count(*) FROM publications)::int AS publications`,
    );
    return row;
  }

  async eventCount(): Promise<number> {
    const [{ count }] = await this.sql<{ count: string }>('SELECT count(*) FROM events');
    return Number(count);
  }

  private async signInEveryone(): Promise<void> {
    this.tokens.admin = await this.signIn('admin', ADMIN_PASSWORD);
    for (const [name, person] of Object.entries(PEOPLE)) {
      if (name === 'admin') continue;
      await this.post('/api/users', { username: name, password: USER_PASSWORD, ...person });
      this.tokens[name as Person] = await this.signIn(name, USER_PASSWORD);
    }
  }

  async signIn(username: string, password: string): Promise<string> {
    const { status, body } = await this.post('/api/auth/token', { username, password }, null);
    if (status !== 200)
      throw new Error(`Sign-in of ${username} failed: ${status} ${JSON.stringify(body)}`);
    return body.accessToken;
  }
}

/**
 * The routes Fastify is given from now on (Nest gives its controllers' at `listen`), as
 * `GET /api/operations/{op}`. Left out: the HEAD route Fastify adds beside every GET (the
 * API declares none of its own), and the dashboard's files (`/assets/*`), no route of the API's.
 */
const routesGiven = (app: INestApplication): string[] => {
  const routes: string[] = [];
  const fastify = (app.getHttpAdapter() as FastifyAdapter).getInstance();
  fastify.addHook('onRoute', ({ method, url, path }) => {
    const pattern = String(url ?? path);
    if (pattern.startsWith('/assets/')) return;
    const shown = pattern.replace(/:(\w+)/g, '{$1}');
    for (const one of [method].flat()) if (one !== 'HEAD') routes.push(`${one} ${shown}`);
  });
  return routes;
};

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};
