import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfig } from './app-config';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
};

describe('reading the configuration', () => {
  it('names each variable that is wrong once, with the reason that applies', () => {
    expect(
      problemsOf({ PORT: 'x', PROJECTION_BATCH_SIZE: '20000', TOKEN_TTL_SECONDS: '1.5' }),
    ).toEqual([
      'PORT must be a whole number, such as 3000',
      'TOKEN_TTL_SECONDS must be a whole number of seconds',
      'PROJECTION_BATCH_SIZE must be between 1 and 10000',
    ]);
  });

  it('takes the defaults when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, databaseUrl: null, tokenSecret: null });
  });

  it('seeds the demo region only when SEED_DEMO is true, and never in production', () => {
    expect(loadConfig({}).seedDemo).toBe(false);
    expect(loadConfig({ SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(problemsOf({ SEED_DEMO: 'yes' })).toEqual(['SEED_DEMO must be true or false']);
    expect(problemsOf({ ...PRODUCTION, SEED_DEMO: 'true' })).toEqual([
      'SEED_DEMO=true is refused when NODE_ENV=production: demo data is not real data',
    ]);
  });

  it('keeps events in PostgreSQL unless EventStoreDB is chosen with a connection string', () => {
    expect(loadConfig({}).eventStore).toEqual({ kind: 'postgres' });
    expect(
      loadConfig({
        EVENT_STORE: 'eventstoredb',
        ESDB_CONNECTION_STRING: 'esdb://eventstoredb:2113?tls=false',
      }).eventStore,
    ).toEqual({ kind: 'eventstoredb', connectionString: 'esdb://eventstoredb:2113?tls=false' });
    expect(problemsOf({ EVENT_STORE: 'eventstoredb' })).toEqual([
      'EVENT_STORE=eventstoredb needs ESDB_CONNECTION_STRING, e.g. esdb://localhost:2113?tls=false',
    ]);
    expect(problemsOf({ ESDB_CONNECTION_STRING: 'http://localhost:2113' })).toEqual([
      'ESDB_CONNECTION_STRING must be an EventStoreDB connection string, e.g. esdb://localhost:2113?tls=false',
    ]);
  });
});

const PRODUCTION = {
  NODE_ENV: 'production',
  TOKEN_SECRET: 'Qm9Tn2vX8rLk4WzYc7HdJf1sPa6Ue3Gb',
  DATABASE_URL: 'postgres://ros@db:5432/ringofsteel',
};

describe('a production start', () => {
  it('takes a random secret and a database server', () => {
    expect(problemsOf(PRODUCTION)).toEqual([]);
    expect(loadConfig(PRODUCTION).production).toBe(true);
  });

  it('refuses a missing, example or uniform signing secret', () => {
    const { TOKEN_SECRET: _, ...noSecret } = PRODUCTION;
    expect(problemsOf(noSecret)).toEqual([
      expect.stringMatching(/^TOKEN_SECRET \(or TOKEN_SECRET_FILE\) is required/),
    ]);
    for (const guessable of [
      'x'.repeat(32),
      'change-me-change-me-change-me-change-me',
      'secret'.repeat(6),
    ])
      expect(problemsOf({ ...PRODUCTION, TOKEN_SECRET: guessable })).toEqual([
        expect.stringMatching(/^TOKEN_SECRET looks like an example or a placeholder/),
      ]);
  });

  it('refuses an example admin password, or the username as one', () => {
    for (const guessable of [
      'change me before real use',
      'correct horse battery staple',
      'administrator',
    ])
      expect(
        problemsOf({ ...PRODUCTION, ADMIN_USERNAME: 'administrator', ADMIN_PASSWORD: guessable }),
      ).toEqual([
        expect.stringMatching(/^ADMIN_PASSWORD is an example, a placeholder or the username/),
      ]);
    expect(
      problemsOf({ ...PRODUCTION, ADMIN_PASSWORD: 'Severn bore at Minsterworth 0700' }),
    ).toEqual([]);
  });

  it('refuses the embedded database unless ALLOW_EMBEDDED_DATABASE=true', () => {
    const { DATABASE_URL: _, ...embedded } = PRODUCTION;
    expect(problemsOf(embedded)).toEqual([
      expect.stringMatching(
        /^DATABASE_URL \(or DATABASE_URL_FILE\) is required when NODE_ENV=production.*ALLOW_EMBEDDED_DATABASE=true$/,
      ),
    ]);
    expect(problemsOf({ ...embedded, ALLOW_EMBEDDED_DATABASE: 'true' })).toEqual([]);
    expect(problemsOf({ ...embedded, ALLOW_EMBEDDED_DATABASE: 'yes' })).toContain(
      'ALLOW_EMBEDDED_DATABASE must be true or false',
    );
  });

  it('keeps the embedded default, with no secret, outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      databaseUrl: null,
      tokenSecret: null,
      adminPassword: null,
      production: false,
    });
  });
});

describe('secrets from files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ros-secrets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('reads each *_FILE, less its trailing newline', () => {
    const config = loadConfig({
      TOKEN_SECRET_FILE: file('token', 'Qm9Tn2vX8rLk4WzYc7HdJf1sPa6Ue3Gb\n'),
      ADMIN_PASSWORD_FILE: file('admin', ' spaces kept at both ends \r\n'),
      DATABASE_URL_FILE: file('db', 'postgres://ros:p@db:5432/ringofsteel\n'),
      EVENT_STORE: 'eventstoredb',
      ESDB_CONNECTION_STRING_FILE: file('esdb', 'esdb+discover://ros:p@esdb:2113?tls=true\n'),
    });
    expect(config).toMatchObject({
      tokenSecret: 'Qm9Tn2vX8rLk4WzYc7HdJf1sPa6Ue3Gb',
      adminPassword: ' spaces kept at both ends ',
      databaseUrl: 'postgres://ros:p@db:5432/ringofsteel',
      eventStore: {
        kind: 'eventstoredb',
        connectionString: 'esdb+discover://ros:p@esdb:2113?tls=true',
      },
    });
  });

  it('checks what a file holds as it checks the variable', () => {
    expect(problemsOf({ TOKEN_SECRET_FILE: file('short', 'too short\n') })).toEqual([
      expect.stringMatching(/^TOKEN_SECRET must be at least 32 characters/),
    ]);
  });

  it('refuses both X and X_FILE, a missing file and an empty one', () => {
    const secret = file('both', 'Qm9Tn2vX8rLk4WzYc7HdJf1sPa6Ue3Gb');
    expect(
      problemsOf({ TOKEN_SECRET: 'Qm9Tn2vX8rLk4WzYc7HdJf1sPa6Ue3Gb', TOKEN_SECRET_FILE: secret }),
    ).toEqual(['Set TOKEN_SECRET or TOKEN_SECRET_FILE, not both']);
    expect(problemsOf({ ADMIN_PASSWORD_FILE: join(dir, 'nowhere') })).toEqual([
      `ADMIN_PASSWORD_FILE names ${join(dir, 'nowhere')}, which cannot be read (ENOENT)`,
    ]);
    expect(problemsOf({ DATABASE_URL_FILE: file('empty', '\n') })).toEqual([
      `DATABASE_URL_FILE names ${join(dir, 'empty')}, which is empty`,
    ]);
  });
});

describe('CORS_ORIGINS', () => {
  it('is closed by default and takes exact origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.police.uk, http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://a.police.uk', 'http://localhost:5173']);
  });

  it.each([
    '*',
    'https://a.police.uk/',
    'https://a.police.uk/dashboard',
    'a.police.uk',
    'ftp://a.police.uk',
    'https://*.police.uk',
  ])('refuses %s', (origin) => {
    expect(problemsOf({ CORS_ORIGINS: origin })).toEqual([
      expect.stringContaining(`CORS_ORIGINS: '${origin}' is not an origin`),
    ]);
  });
});

describe('HSTS_MAX_AGE_SECONDS', () => {
  it('is off unless given, and bounded', () => {
    expect(loadConfig({}).hstsMaxAgeSeconds).toBeNull();
    expect(loadConfig({ HSTS_MAX_AGE_SECONDS: '31536000' }).hstsMaxAgeSeconds).toBe(31536000);
    expect(problemsOf({ HSTS_MAX_AGE_SECONDS: '1e9' })).toEqual([
      expect.stringMatching(/^HSTS_MAX_AGE_SECONDS must be/),
    ]);
  });
});

describe('KAFKA_PUBLISH_TIMEOUT_MS', () => {
  it('gives Kafka a minute to acknowledge a batch unless told, within a second to ten minutes', () => {
    expect(loadConfig({}).kafkaPublishTimeoutMs).toBe(60_000);
    expect(loadConfig({ KAFKA_PUBLISH_TIMEOUT_MS: '15000' }).kafkaPublishTimeoutMs).toBe(15_000);
    expect(problemsOf({ KAFKA_PUBLISH_TIMEOUT_MS: '60s' })).toEqual([
      'KAFKA_PUBLISH_TIMEOUT_MS must be a whole number of milliseconds, such as 60000',
    ]);
    expect(problemsOf({ KAFKA_PUBLISH_TIMEOUT_MS: '500' })).toEqual([
      'KAFKA_PUBLISH_TIMEOUT_MS must be between 1000 and 600000 (ten minutes)',
    ]);
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told, and takes addresses, CIDR ranges and named ranges', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(
      loadConfig({ TRUST_PROXY: '10.0.0.5, 172.16.0.0/12,loopback, fd00::/8' }).trustedProxies,
    ).toEqual(['10.0.0.5', '172.16.0.0/12', 'loopback', 'fd00::/8']);
  });

  it.each(['true', '*', '1', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/2'])(
    'refuses %s: a client could name its own address',
    (given) => {
      expect(problemsOf({ TRUST_PROXY: given })).toEqual([
        expect.stringContaining(`TRUST_PROXY: '${given}' is not a proxy's address`),
      ]);
    },
  );
});
