export * from './config/app-config';
export * from './database/database.module';
export * from './database/embedded-postgres';
export * from './database/migrate';
export * from './http/api-error.filter';
export * from './http/status-of';
export * from './logging/logging.module';
export * from './metrics/metrics';
