import type { DataSource, EntityManager } from 'typeorm';
import type { ReadModelGenerations } from './generations';

/**
 * Runs `work` in one REPEATABLE READ transaction on the active generation: every read of
 * one answer sees the same committed position, whichever read models it reads. It is
 * opened with one statement (TypeORM's own would take two round trips), read only.
 */
export const inSnapshot = async <T>(
  db: DataSource,
  generations: ReadModelGenerations,
  work: (tx: EntityManager, schema: string) => Promise<T>,
): Promise<T> => {
  const schema = await generations.active();
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const result = await work(runner.manager, schema);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK');
      throw error;
    }
  } finally {
    await runner.release();
  }
};
