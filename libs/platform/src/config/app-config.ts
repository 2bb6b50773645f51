import { resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { parseCorsOrigins } from './cors-origins';
import { parseTrustedProxies } from './trusted-proxies';
import { parseOidcSettings, type OidcSettings } from './oidc-settings';
import { productionProblems } from './production-rules';
import { withSecretFiles } from './secret-files';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const EVENT_STORES = ['postgres', 'eventstoredb'] as const;

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** The environment the server reads, checked on start; each message says what to change. */
class Environment {
  @IsOptional()
  @Transform(toInt)
  @Min(1, { message: 'PORT must be between 1 and 65535' })
  @Max(65535, { message: 'PORT must be between 1 and 65535' })
  @IsInt({ message: 'PORT must be a whole number, such as 3000' })
  PORT?: number;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message:
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/ringofsteel; leave it unset to use the embedded PostgreSQL',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Matches(/^[a-zA-Z0-9._@-]{3,64}$/, {
    message: 'ADMIN_USERNAME must be 3 to 64 letters, digits or . _ @ -',
  })
  ADMIN_USERNAME?: string;

  @IsOptional()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters long' })
  @Matches(/\S/, { message: 'ADMIN_PASSWORD must not be only spaces' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsIn(EVENT_STORES, { message: `EVENT_STORE must be one of: ${EVENT_STORES.join(', ')}` })
  EVENT_STORE?: (typeof EVENT_STORES)[number];

  @IsOptional()
  @Matches(/^esdb(\+discover)?:\/\/\S+$/, {
    message:
      'ESDB_CONNECTION_STRING must be an EventStoreDB connection string, e.g. esdb://localhost:2113?tls=false',
  })
  ESDB_CONNECTION_STRING?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of: ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: (typeof LOG_LEVELS)[number];

  @IsOptional()
  @MinLength(32, {
    message: 'TOKEN_SECRET must be at least 32 characters long (e.g. openssl rand -base64 48)',
  })
  TOKEN_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @Min(60, { message: 'TOKEN_TTL_SECONDS must be at least 60' })
  @Max(86400, { message: 'TOKEN_TTL_SECONDS must be at most 86400 (a day)' })
  @IsInt({ message: 'TOKEN_TTL_SECONDS must be a whole number of seconds' })
  TOKEN_TTL_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @Min(1024, { message: 'EMBEDDED_POSTGRES_PORT must be between 1024 and 65535' })
  @Max(65535, { message: 'EMBEDDED_POSTGRES_PORT must be between 1024 and 65535' })
  @IsInt({ message: 'EMBEDDED_POSTGRES_PORT must be a whole number' })
  EMBEDDED_POSTGRES_PORT?: number;

  @IsOptional()
  @IsIn(['in-process', 'off'], {
    message: 'PROJECTIONS must be in-process or off (when apps/projector runs them)',
  })
  PROJECTIONS?: 'in-process' | 'off';

  @IsOptional()
  @Transform(toInt)
  @Min(1, { message: 'PROJECTION_BATCH_SIZE must be between 1 and 10000' })
  @Max(10000, { message: 'PROJECTION_BATCH_SIZE must be between 1 and 10000' })
  @IsInt({ message: 'PROJECTION_BATCH_SIZE must be a whole number' })
  PROJECTION_BATCH_SIZE?: number;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: 'true' | 'false';

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'ALLOW_EMBEDDED_DATABASE must be true or false' })
  ALLOW_EMBEDDED_DATABASE?: 'true' | 'false';

  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsOptional()
  @Transform(toInt)
  @Min(0, { message: 'HSTS_MAX_AGE_SECONDS must be between 0 and 63072000 (two years)' })
  @Max(63072000, { message: 'HSTS_MAX_AGE_SECONDS must be between 0 and 63072000 (two years)' })
  @IsInt({ message: 'HSTS_MAX_AGE_SECONDS must be a whole number of seconds, such as 31536000' })
  HSTS_MAX_AGE_SECONDS?: number;

  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  @IsOptional()
  @Transform(toInt)
  @Min(1, { message: 'SIGN_IN_MAX_FAILURES must be between 1 and 100' })
  @Max(100, { message: 'SIGN_IN_MAX_FAILURES must be between 1 and 100' })
  @IsInt({ message: 'SIGN_IN_MAX_FAILURES must be a whole number' })
  SIGN_IN_MAX_FAILURES?: number;

  @IsOptional()
  @Transform(toInt)
  @Min(1, { message: 'SIGN_IN_ADDRESS_MAX_FAILURES must be between 1 and 100000' })
  @Max(100000, { message: 'SIGN_IN_ADDRESS_MAX_FAILURES must be between 1 and 100000' })
  @IsInt({ message: 'SIGN_IN_ADDRESS_MAX_FAILURES must be a whole number' })
  SIGN_IN_ADDRESS_MAX_FAILURES?: number;

  @IsOptional()
  @Transform(toInt)
  @Min(1, { message: 'SIGN_IN_LOCKOUT_SECONDS must be between 1 and 86400 (a day)' })
  @Max(86400, { message: 'SIGN_IN_LOCKOUT_SECONDS must be between 1 and 86400 (a day)' })
  @IsInt({ message: 'SIGN_IN_LOCKOUT_SECONDS must be a whole number of seconds' })
  SIGN_IN_LOCKOUT_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @Min(1, { message: 'SIGN_IN_FAILURE_WINDOW_SECONDS must be between 1 and 86400 (a day)' })
  @Max(86400, { message: 'SIGN_IN_FAILURE_WINDOW_SECONDS must be between 1 and 86400 (a day)' })
  @IsInt({ message: 'SIGN_IN_FAILURE_WINDOW_SECONDS must be a whole number of seconds' })
  SIGN_IN_FAILURE_WINDOW_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @Min(1, { message: 'RATE_LIMIT_READS_PER_MINUTE must be between 1 and 1000000' })
  @Max(1000000, { message: 'RATE_LIMIT_READS_PER_MINUTE must be between 1 and 1000000' })
  @IsInt({ message: 'RATE_LIMIT_READS_PER_MINUTE must be a whole number' })
  RATE_LIMIT_READS_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toInt)
  @Min(1, { message: 'RATE_LIMIT_WRITES_PER_MINUTE must be between 1 and 1000000' })
  @Max(1000000, { message: 'RATE_LIMIT_WRITES_PER_MINUTE must be between 1 and 1000000' })
  @IsInt({ message: 'RATE_LIMIT_WRITES_PER_MINUTE must be a whole number' })
  RATE_LIMIT_WRITES_PER_MINUTE?: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]+:\d{1,5}(,[A-Za-z0-9.-]+:\d{1,5})*$/, {
    message: 'KAFKA_BROKERS must be host:port, comma-separated, e.g. kafka-1:9092,kafka-2:9092',
  })
  KAFKA_BROKERS?: string;

  @IsOptional()
  @IsIn(['in-process', 'off'], {
    message: 'RELAY must be in-process or off (when apps/relay publishes to Kafka)',
  })
  RELAY?: 'in-process' | 'off';

  @IsOptional()
  @Transform(toInt)
  @Min(1000, { message: 'KAFKA_PUBLISH_TIMEOUT_MS must be between 1000 and 600000 (ten minutes)' })
  @Max(600000, {
    message: 'KAFKA_PUBLISH_TIMEOUT_MS must be between 1000 and 600000 (ten minutes)',
  })
  @IsInt({
    message: 'KAFKA_PUBLISH_TIMEOUT_MS must be a whole number of milliseconds, such as 60000',
  })
  KAFKA_PUBLISH_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @Min(1, { message: 'HEALTH_PORT must be between 1 and 65535' })
  @Max(65535, { message: 'HEALTH_PORT must be between 1 and 65535' })
  @IsInt({ message: 'HEALTH_PORT must be a whole number, such as 3001' })
  HEALTH_PORT?: number;
}

export type EventStoreChoice =
  { kind: 'postgres' } | { kind: 'eventstoredb'; connectionString: string };

export interface AppConfig {
  port: number;
  /** Null: run the embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  adminUsername: string;
  adminPassword: string | null;
  /** Where events are kept: PostgreSQL (with the read models), or an EventStoreDB server or cluster. */
  eventStore: EventStoreChoice;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Null: none given; the API keeps one of its own under dataDir (see keptTokenSecret). */
  tokenSecret: string | null;
  tokenTtlSeconds: number;
  embeddedPostgresPort: number;
  /** Whether this process feeds the read models (off when apps/projector does). */
  projections: 'in-process' | 'off';
  projectionBatchSize: number;
  /** Seed the demo region once the server is up (see libs/demo): never real data. */
  seedDemo: boolean;
  production: boolean;
  /** Origins whose pages may call the API from a browser; none by default (CORS closed). */
  corsOrigins: string[];
  /** The proxies whose X-Forwarded-For names the client (TRUST_PROXY); none by default. */
  trustedProxies: string[];
  /** Null: no Strict-Transport-Security (the API is not known to be reached over TLS). */
  hstsMaxAgeSeconds: number | null;
  /** Failed sign-ins: how many lock an account or an address out, and for how long. */
  signIn: {
    maxFailures: number;
    addressMaxFailures: number;
    lockoutSeconds: number;
    /** How long a failure counts towards a lock. */
    windowSeconds: number;
  };
  /** Requests per minute per signed-in user (per address before sign-in). */
  rateLimits: { readsPerMinute: number; writesPerMinute: number };
  /** Null: only our own tokens. See OidcSettings. */
  oidc: OidcSettings | null;
  /** Null: no Kafka, so no feed to other systems (the relay is off). */
  kafkaBrokers: string[] | null;
  /** Whether this process publishes to Kafka (off when apps/relay does). */
  relay: 'in-process' | 'off';
  /** How long Kafka may take to acknowledge a batch before the relay gives up on it and sends it again. */
  kafkaPublishTimeoutMs: number;
  /** Where apps/projector and apps/relay answer GET /health; null: their own default. */
  healthPort: number | null;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Ring of Steel needs its configuration fixed first:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

export const APP_CONFIG = Symbol('AppConfig');

/**
 * Reads and checks the environment, and the files its `*_FILE` settings name. Reading it
 * has no other side effects: it never writes a file.
 */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const { env: raw, problems } = withSecretFiles(given);
  const parsed = plainToInstance(Environment, raw, { excludeExtraneousValues: false });
  // One problem per variable (class-validator checks the decorator nearest the field first): `PORT=x` is not a whole number, and saying it is out of range too helps no one.
  problems.push(
    ...validateSync(parsed, { whitelist: false, stopAtFirstError: true }).flatMap((e) =>
      Object.values(e.constraints ?? {}),
    ),
  );
  const production = parsed.NODE_ENV === 'production';
  if (parsed.EVENT_STORE === 'eventstoredb' && !parsed.ESDB_CONNECTION_STRING)
    problems.push(
      'EVENT_STORE=eventstoredb needs ESDB_CONNECTION_STRING, e.g. esdb://localhost:2113?tls=false',
    );
  const cors = parseCorsOrigins(parsed.CORS_ORIGINS);
  problems.push(...cors.problems);
  const trusted = parseTrustedProxies(parsed.TRUST_PROXY);
  problems.push(...trusted.problems);
  const oidc = parseOidcSettings(raw);
  problems.push(...oidc.problems);
  if (production) problems.push(...productionProblems(parsed));
  if (problems.length) throw new ConfigurationError(problems);

  const dataDir = resolve(parsed.DATA_DIR ?? './.data');
  return {
    port: parsed.PORT ?? 3000,
    databaseUrl: parsed.DATABASE_URL ?? null,
    dataDir,
    adminUsername: parsed.ADMIN_USERNAME ?? 'admin',
    adminPassword: parsed.ADMIN_PASSWORD ?? null,
    eventStore:
      parsed.EVENT_STORE === 'eventstoredb'
        ? { kind: 'eventstoredb', connectionString: parsed.ESDB_CONNECTION_STRING! }
        : { kind: 'postgres' },
    logLevel: parsed.LOG_LEVEL ?? 'info',
    tokenSecret: parsed.TOKEN_SECRET ?? null,
    tokenTtlSeconds: parsed.TOKEN_TTL_SECONDS ?? 900,
    embeddedPostgresPort: parsed.EMBEDDED_POSTGRES_PORT ?? 54329,
    projections: parsed.PROJECTIONS ?? 'in-process',
    kafkaBrokers: parsed.KAFKA_BROKERS?.split(',') ?? null,
    relay: parsed.RELAY ?? 'in-process',
    kafkaPublishTimeoutMs: parsed.KAFKA_PUBLISH_TIMEOUT_MS ?? 60_000,
    healthPort: parsed.HEALTH_PORT ?? null,
    projectionBatchSize: parsed.PROJECTION_BATCH_SIZE ?? 1000,
    seedDemo: parsed.SEED_DEMO === 'true',
    production,
    corsOrigins: cors.origins,
    trustedProxies: trusted.proxies,
    hstsMaxAgeSeconds: parsed.HSTS_MAX_AGE_SECONDS ?? null,
    signIn: {
      maxFailures: parsed.SIGN_IN_MAX_FAILURES ?? 5,
      // Higher than one person's: a force's staff may share one outgoing address.
      addressMaxFailures: parsed.SIGN_IN_ADDRESS_MAX_FAILURES ?? 100,
      lockoutSeconds: parsed.SIGN_IN_LOCKOUT_SECONDS ?? 900,
      windowSeconds: parsed.SIGN_IN_FAILURE_WINDOW_SECONDS ?? 900,
    },
    rateLimits: {
      readsPerMinute: parsed.RATE_LIMIT_READS_PER_MINUTE ?? 1200,
      writesPerMinute: parsed.RATE_LIMIT_WRITES_PER_MINUTE ?? 600,
    },
    oidc: oidc.settings,
  };
};
