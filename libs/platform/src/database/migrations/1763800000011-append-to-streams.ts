import type { MigrationInterface, QueryRunner } from 'typeorm';
// Relative, not @ros/event-store: migrations also run in jest's globalSetup, outside its module map.
import { positionSql } from '../../../../event-store/src/postgres/global-order';

/**
 * Appends to many streams in one statement and one commit: an import of a thousand
 * entries, each its own stream, in one round trip where it took a thousand.
 *
 * Each stream's revision moves as append_to_stream (migration …008) moves it, but the
 * whole statement is all or nothing: a stream not at its expected revision raises
 * RS409, an event id stored already fails the insert, and nothing is written. The store
 * then takes the appends one by one, so that each is judged on its own (a retry answered
 * as stored, a conflict refused) exactly as a single append is.
 *
 * Every stream's lock is taken before the first write, in name order: the transaction id
 * (hence every position) is assigned after all of them are held, so global order agrees
 * with each stream's order, and two such statements never wait on each other in a cycle.
 * The events of one statement share a transaction id; their ordinals run on across the
 * streams, so positions stay unique and in the order given.
 */
export class AppendToStreams1763800000011 implements MigrationInterface {
  name = 'AppendToStreams1763800000011';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION append_to_streams(
        p_stream_names text[],
        p_stream_categories text[],
        -- per stream: 'revision' (then p_expected_revisions), 'no_stream', 'stream_exists', 'any'
        p_expected text[],
        p_expected_revisions bigint[],
        -- per stream: how many of the events below are its, in order
        p_event_counts int[],
        -- per event, every stream's events one after the other
        p_ids uuid[],
        p_types text[],
        p_data jsonb[],
        p_metadata jsonb[],
        -- per event: which stream (1-based) it goes to, and its place in that append (1-based)
        p_streams_of_events int[],
        p_places_in_append int[],
        -- per stream: its revision after the append
        OUT revisions_now bigint[],
        -- per event, in the order given
        OUT positions bigint[]
      ) LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        locked text;
        k int;
        n bigint;
        revision_now bigint;
      BEGIN
        FOR locked IN SELECT DISTINCT s FROM unnest(p_stream_names) AS s ORDER BY s LOOP
          PERFORM pg_advisory_xact_lock(hashtextextended(locked, 0));
        END LOOP;

        revisions_now := '{}';
        FOR k IN 1 .. cardinality(p_stream_names) LOOP
          n := p_event_counts[k];
          revision_now := NULL;
          IF p_expected[k] = 'revision' THEN
            UPDATE event_streams SET revision = revision + n
             WHERE stream_name = p_stream_names[k] AND revision = p_expected_revisions[k]
            RETURNING revision INTO revision_now;
          ELSIF p_expected[k] = 'no_stream' THEN
            INSERT INTO event_streams (stream_name, revision) VALUES (p_stream_names[k], n - 1)
            ON CONFLICT DO NOTHING
            RETURNING revision INTO revision_now;
          ELSIF p_expected[k] = 'stream_exists' THEN
            UPDATE event_streams SET revision = revision + n WHERE stream_name = p_stream_names[k]
            RETURNING revision INTO revision_now;
          ELSIF p_expected[k] = 'any' THEN
            INSERT INTO event_streams AS s (stream_name, revision) VALUES (p_stream_names[k], n - 1)
            ON CONFLICT (stream_name) DO UPDATE SET revision = s.revision + n
            RETURNING revision INTO revision_now;
          ELSE
            RAISE EXCEPTION 'unknown expected revision kind: %', p_expected[k];
          END IF;
          IF revision_now IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'RS409',
              MESSAGE = format('stream %s is not at its expected revision', p_stream_names[k]);
          END IF;
          revisions_now := revisions_now || revision_now;
        END LOOP;

        WITH inserted AS (
          INSERT INTO events (position, transaction_id, event_id, stream_name, stream_category,
                              stream_revision, event_type, schema_version, data, metadata)
          SELECT ${positionSql('e.ordinal - 1')}, pg_current_xact_id(), e.id,
                 p_stream_names[e.k], p_stream_categories[e.k],
                 revisions_now[e.k] - p_event_counts[e.k] + e.place, e.type,
                 (e.metadata->>'schemaVersion')::int, e.data, e.metadata
            FROM unnest(p_ids, p_types, p_data, p_metadata, p_streams_of_events, p_places_in_append)
                 WITH ORDINALITY AS e(id, type, data, metadata, k, place, ordinal)
          RETURNING position
        )
        SELECT array_agg(position ORDER BY position) INTO positions FROM inserted;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP FUNCTION append_to_streams(text[], text[], text[], bigint[], int[], uuid[], text[], jsonb[], jsonb[], int[], int[])`,
    );
  }
}
