import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Users1763800000001 implements MigrationInterface {
  name = 'Users1763800000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        username text PRIMARY KEY,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'analyst', 'pcc')),
        force text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        CHECK ((role IN ('coordinator', 'pcc')) = (force IS NOT NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE users`);
  }
}
