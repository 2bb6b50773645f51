"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EventStore1763800000000 = void 0;
/**
 * The event store: one append-only table of events, and one row per stream holding its
 * revision for optimistic concurrency. See libs/event-store/src/postgres for how
 * `position` keeps a global order that readers can never skip past.
 */
class EventStore1763800000000 {
    name = 'EventStore1763800000000';
    async up(db) {
        await db.query(`
      CREATE TABLE event_streams (
        stream_name text PRIMARY KEY,
        revision bigint NOT NULL
      )`);
        await db.query(`
      CREATE TABLE events (
        position bigint PRIMARY KEY,
        transaction_id xid8 NOT NULL,
        event_id uuid NOT NULL,
        stream_name text NOT NULL,
        stream_category text NOT NULL,
        stream_revision bigint NOT NULL,
        event_type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_event_id_unique UNIQUE (event_id),
        CONSTRAINT events_stream_revision_unique UNIQUE (stream_name, stream_revision)
      )`);
        await db.query(`CREATE INDEX events_category_position ON events (stream_category, position)`);
        await db.query(`
      CREATE FUNCTION events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events are append-only: record a correction or retraction instead';
      END $$`);
        await db.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_are_append_only()`);
        await db.query(`
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
      FOR EACH STATEMENT EXECUTE FUNCTION events_are_append_only()`);
    }
    async down(db) {
        await db.query(`DROP TABLE events`);
        await db.query(`DROP FUNCTION events_are_append_only`);
        await db.query(`DROP TABLE event_streams`);
    }
}
exports.EventStore1763800000000 = EventStore1763800000000;
//# sourceMappingURL=1763800000000-event-store.js.map