import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Brings a database's schema up to date; safe to run on every start. */
export const migrate = async (url: string): Promise<string[]> => {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
};
