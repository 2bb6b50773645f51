import type { DataSource, EntityManager } from 'typeorm';
import type { ReadModelGenerations } from './generations';

/**
 * Runs `work` in one REPEATABLE READ transaction on the active generation: every read of
 * one answer sees the same committed position, whichever read models it reads.
 */
export const inSnapshot = async <T>(
  db: DataSource,
  generations: ReadModelGenerations,
  work: (tx: EntityManager, schema: string) => Promise<T>,
): Promise<T> => {
  const schema = await generations.active();
  return db.transaction('REPEATABLE READ', (tx) => work(tx, schema));
};
