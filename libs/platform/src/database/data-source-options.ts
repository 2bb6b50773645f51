import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Schema comes from migrations, run on start; `synchronize` is never used. */
export const dataSourceOptions = (url: string): DataSourceOptions => ({
  type: 'postgres',
  url,
  migrations: MIGRATIONS,
  migrationsRun: false,
  synchronize: false,
  extra: { max: 20 },
});
