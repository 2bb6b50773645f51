import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `ADMIN` and `admin` are one person: usernames are unique whatever their case. */
export class UsernamesIgnoreCase1763800000004 implements MigrationInterface {
  name = 'UsernamesIgnoreCase1763800000004';

  async up(db: QueryRunner): Promise<void> {
    const clashes: { name: string }[] = await db.query(
      `SELECT lower(username) AS name FROM users GROUP BY lower(username) HAVING count(*) > 1`,
    );
    if (clashes.length)
      throw new Error(
        `Usernames now ignore case, but these are taken more than once in different cases: ` +
          `${clashes.map((c) => c.name).join(', ')}. Rename all but one of each, then start again.`,
      );
    await db.query(`CREATE UNIQUE INDEX users_username_any_case ON users (lower(username))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_username_any_case`);
  }
}
