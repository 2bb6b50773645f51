import type { MigrationInterface, QueryRunner } from 'typeorm';
// Relative, not @ros/event-store: migrations also run in jest's globalSetup, outside its module map.
import { positionSql } from '../../../../event-store/src/postgres/global-order';

/**
 * Population estimates become events (`PopulationEstimated` in a `force-<force>` stream),
 * so that rates per 1,000 can be reproduced as they were known at any moment. The figures
 * the `forces` table holds (the seeded ones, or an admin's update) become each force's first
 * estimate, applying from the first day the tracker knows; then the table goes.
 *
 * The events are written in this migration's transaction, positioned from its transaction
 * id exactly as the PostgreSQL event store positions every append (see global-order.ts).
 */
export class PopulationAsEvents1763800000003 implements MigrationInterface {
  name = 'PopulationAsEvents1763800000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      INSERT INTO event_streams (stream_name, revision)
      SELECT 'force-' || id, 0 FROM forces
      ON CONFLICT (stream_name) DO NOTHING`);
    await db.query(`
      INSERT INTO events (position, transaction_id, event_id, stream_name, stream_category,
                          stream_revision, event_type, schema_version, data, metadata)
      SELECT ${positionSql('(row_number() OVER (ORDER BY id) - 1)')}, pg_current_xact_id(),
             gen_random_uuid(), 'force-' || id, 'force', 0, 'PopulationEstimated', 1,
             jsonb_build_object('force', id, 'population', population,
                                'source', population_source, 'appliesFrom', '2000-01-01'),
             jsonb_build_object('schemaVersion', 1, 'recordedBy', updated_by,
                                'recordedAt', to_char(updated_at AT TIME ZONE 'UTC',
                                                      'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                'correlationId', gen_random_uuid(),
                                'causationId', gen_random_uuid())
        FROM forces
       WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_name = 'force-' || forces.id)`);
    await db.query(`DROP TABLE forces`);
  }

  async down(): Promise<void> {
    throw new Error('Population estimates are events now; they cannot be turned back into a table');
  }
}
