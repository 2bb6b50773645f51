import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read side's fixed tables. The read models themselves live in a schema per
 * generation (see libs/projections/src/read-models), so that a rebuild can fill fresh
 * tables while the API goes on reading the old ones, then switch over in one statement.
 */
export class ReadSide1763800000002 implements MigrationInterface {
  name = 'ReadSide1763800000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE read_model_generations (
        schema_name text PRIMARY KEY CHECK (schema_name ~ '^read_[a-z0-9_]+$'),
        status text NOT NULL CHECK (status IN ('building', 'active', 'retired')),
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_at timestamptz
      )`);
    await db.query(
      `CREATE UNIQUE INDEX one_active_generation ON read_model_generations (status) WHERE status = 'active'`,
    );
    await db.query(`
      CREATE TABLE forces (
        id text PRIMARY KEY,
        name text NOT NULL,
        population integer NOT NULL CHECK (population > 0),
        population_source text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
    // The best public figures found (domain brief); admins update them when the ONS publishes.
    await db.query(`
      INSERT INTO forces (id, name, population, population_source, updated_by) VALUES
        ('avon-and-somerset', 'Avon and Somerset Constabulary', 1760000, 'Sum of the force area''s local authorities, mixed years (approximate)', 'system'),
        ('devon-and-cornwall', 'Devon and Cornwall Police', 1810000, 'Sum of the force area''s local authorities incl. Isles of Scilly, mixed years (approximate)', 'system'),
        ('dorset', 'Dorset Police', 779770, 'Dorset Council + BCP Council', 'system'),
        ('gloucestershire', 'Gloucestershire Constabulary', 645076, 'Gloucestershire force area statement', 'system'),
        ('wiltshire', 'Wiltshire Police', 751542, 'Wiltshire + Swindon, ONS mid-2022 estimates', 'system')`);
    await db.query(`
      CREATE TABLE publications (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        published_at timestamptz NOT NULL,
        published_by text NOT NULL,
        scope jsonb NOT NULL,
        figures jsonb NOT NULL,
        projected_position bigint NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE publications`);
    await db.query(`DROP TABLE forces`);
    await db.query(`DROP TABLE read_model_generations`);
  }
}
