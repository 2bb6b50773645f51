import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How far each feed to other systems (apps/relay) has been published and acknowledged. */
export class RelayCheckpoints1763800000010 implements MigrationInterface {
  name = 'RelayCheckpoints1763800000010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE relay_checkpoints (
         feed text PRIMARY KEY,
         position bigint NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now())`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE relay_checkpoints`);
  }
}
