import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../testing/src/database/test-database';
import { openReadSide, type ReadSide } from '../read-side';
import { EntryLogRepository } from './entry-log.repository';

/**
 * Positions of different lengths: ordered as text, 1000 would come before 999 and a page
 * that ends at 999 would skip it. Ordered as numbers, every entry is seen once.
 */
describe('the entry log pages by numeric position', () => {
  let database: TestDatabase;
  let readSide: ReadSide;
  const POSITIONS = [7, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 99_999, 100_000, 10 ** 12];

  beforeAll(async () => {
    database = await createTestDatabase();
    readSide = await openReadSide(database.url);
    const schema = await readSide.generations.active();
    for (const position of [...POSITIONS].reverse())
      await readSide.db.query(
        `INSERT INTO ${schema}.entry_log (entry_id, operation, phase, force, kind, status, current,
                                          history, recorded_by, recorded_at, position)
         VALUES ($1, 'scorpion', 1, 'dorset', 'warrant', 'active', '{}', '[]', 'x', now(), $2)`,
        [randomUUID(), position],
      );
  });
  afterAll(async () => {
    await readSide.close();
    await database.drop();
  });

  it.each([1, 2, 3, 5, 100])('%i at a time, every position once, in order', async (limit) => {
    const entries = new EntryLogRepository(readSide.db, readSide.generations);
    const seen: string[] = [];
    for (let after: string | undefined; ;) {
      const page = await entries.page({ operation: 'scorpion', phase: 1 }, after, limit);
      seen.push(...page.map((row) => row.position));
      if (page.length < limit) break;
      after = page[page.length - 1].position;
    }
    expect(seen).toEqual(POSITIONS.map(String));
  });
});
