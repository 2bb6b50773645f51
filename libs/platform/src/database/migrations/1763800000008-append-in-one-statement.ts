import type { MigrationInterface, QueryRunner } from 'typeorm';
// Relative, not @ros/event-store: migrations also run in jest's globalSetup, outside its module map.
import { positionSql } from '../../../../event-store/src/postgres/global-order';

/**
 * An append in one round trip: the PostgreSQL event store calls this function as a single
 * statement in autocommit, where it used to send BEGIN, the stream lock, the revision
 * update, the insert, the notification and COMMIT one by one. It takes the same steps in
 * the same order, but for the notification, which the store now sends after the commit
 * (commit-notifier.ts says why). The tables and the rows already stored do not change.
 *
 * A refused append (the stream is not at the expected revision) writes nothing and
 * answers with the stream's revision and the events already stored under the append's
 * ids (and whether they hold what this append brings), so the store can tell a retry of
 * an append that went through from a conflict without asking again. An event id stored meanwhile by another append still fails the
 * insert with a unique violation, as before.
 */
export class AppendInOneStatement1763800000008 implements MigrationInterface {
  name = 'AppendInOneStatement1763800000008';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION append_to_stream(
        p_stream_name text,
        p_stream_category text,
        -- 'revision' (then p_expected_revision), 'no_stream', 'stream_exists' or 'any'
        p_expected text,
        p_expected_revision bigint,
        p_ids uuid[],
        p_types text[],
        p_data jsonb[],
        p_metadata jsonb[],
        OUT appended boolean,
        -- after the append; when refused, the stream's actual revision (null: no stream)
        OUT revision_now bigint,
        OUT positions bigint[],
        -- when refused: the events already stored under p_ids, in global order
        OUT stored_ids uuid[],
        OUT stored_streams text[],
        OUT stored_revisions bigint[],
        OUT stored_positions bigint[],
        -- whether each stored event has the type and data this append brings under its id
        OUT stored_same boolean[]
      ) LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        n constant bigint := cardinality(p_ids);
      BEGIN
        -- Before the first write, so that the later append to a stream gets the larger
        -- transaction id and global order agrees with stream order (global-order.ts).
        PERFORM pg_advisory_xact_lock(hashtextextended(p_stream_name, 0));

        IF p_expected = 'revision' THEN
          UPDATE event_streams SET revision = revision + n
           WHERE stream_name = p_stream_name AND revision = p_expected_revision
          RETURNING revision INTO revision_now;
        ELSIF p_expected = 'no_stream' THEN
          INSERT INTO event_streams (stream_name, revision) VALUES (p_stream_name, n - 1)
          ON CONFLICT DO NOTHING
          RETURNING revision INTO revision_now;
        ELSIF p_expected = 'stream_exists' THEN
          UPDATE event_streams SET revision = revision + n WHERE stream_name = p_stream_name
          RETURNING revision INTO revision_now;
        ELSIF p_expected = 'any' THEN
          INSERT INTO event_streams AS s (stream_name, revision) VALUES (p_stream_name, n - 1)
          ON CONFLICT (stream_name) DO UPDATE SET revision = s.revision + n
          RETURNING revision INTO revision_now;
        ELSE
          RAISE EXCEPTION 'unknown expected revision kind: %', p_expected;
        END IF;

        appended := revision_now IS NOT NULL;
        IF NOT appended THEN
          SELECT revision INTO revision_now FROM event_streams WHERE stream_name = p_stream_name;
          SELECT array_agg(e.event_id ORDER BY e.position),
                 array_agg(e.stream_name ORDER BY e.position),
                 array_agg(e.stream_revision ORDER BY e.position),
                 array_agg(e.position ORDER BY e.position),
                 array_agg(e.event_type = a.type AND e.data = a.data ORDER BY e.position)
            INTO stored_ids, stored_streams, stored_revisions, stored_positions, stored_same
            FROM events e JOIN unnest(p_ids, p_types, p_data) AS a(id, type, data)
                 ON a.id = e.event_id;
          RETURN;
        END IF;

        WITH inserted AS (
          INSERT INTO events (position, transaction_id, event_id, stream_name, stream_category,
                              stream_revision, event_type, schema_version, data, metadata)
          SELECT ${positionSql('e.ordinal - 1')}, pg_current_xact_id(), e.id, p_stream_name,
                 p_stream_category, revision_now - n + e.ordinal, e.type,
                 (e.metadata->>'schemaVersion')::int, e.data, e.metadata
            FROM unnest(p_ids, p_types, p_data, p_metadata)
                 WITH ORDINALITY AS e(id, type, data, metadata, ordinal)
          RETURNING position
        )
        SELECT array_agg(position ORDER BY position) INTO positions FROM inserted;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP FUNCTION append_to_stream(text, text, text, bigint, uuid[], text[], jsonb[], jsonb[])`,
    );
  }
}
