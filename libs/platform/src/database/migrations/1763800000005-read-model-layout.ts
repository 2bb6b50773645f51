import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which layout of the read-model tables each generation was built with. When a new version
 * of the tracker changes how figures are projected, the projector sees the active generation
 * is older and rebuilds the read models from the events before switching readers over.
 */
export class ReadModelLayout1763800000005 implements MigrationInterface {
  name = 'ReadModelLayout1763800000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE read_model_generations ADD COLUMN layout integer NOT NULL DEFAULT 1`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE read_model_generations DROP COLUMN layout`);
  }
}
