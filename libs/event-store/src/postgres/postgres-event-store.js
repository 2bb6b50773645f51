"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostgresEventStore = void 0;
const pg_1 = require("pg");
const port_1 = require("../port");
const upcasting_1 = require("../upcasting");
const global_order_1 = require("./global-order");
const rows_1 = require("./rows");
const postgres_subscription_1 = require("./postgres-subscription");
const UNIQUE_VIOLATION = '23505';
const DEFAULT_READ_BATCH = 1000;
class PostgresEventStore {
    options;
    upcast;
    pool;
    constructor(options) {
        this.options = options;
        this.upcast = (0, upcasting_1.upcasterOf)(options.upcasters ?? []);
        this.pool = new pg_1.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 20 });
        // An idle connection dropped by the server must not take the process down.
        this.pool.on('error', () => undefined);
    }
    async appendToStream(streamName, events, { expectedRevision }) {
        if (events.length === 0)
            throw new Error('An append needs at least one event');
        if (events.length > global_order_1.MAX_EVENTS_PER_APPEND)
            throw new Error(`An append holds at most ${global_order_1.MAX_EVENTS_PER_APPEND} events`);
        const appended = await this.tryAppend(streamName, events, expectedRevision);
        // Checked on a connection of its own, once the failed transaction's is back in the pool.
        return appended ?? this.retriedAppendOrConflict(streamName, events, expectedRevision);
    }
    /** Appends in one transaction; null when the revision or an event id says no. */
    async tryAppend(streamName, events, expectedRevision) {
        const client = await this.pool.connect();
        try {
            await client.query('BEGIN');
            // Taken before the first write, so the later append to a stream gets the larger xid.
            await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [streamName]);
            const revision = await this.advanceRevision(client, streamName, expectedRevision, events.length);
            if (revision === null) {
                await client.query('ROLLBACK');
                return null;
            }
            const firstRevision = revision - BigInt(events.length) + 1n;
            const positions = await this.insertEvents(client, streamName, firstRevision, events);
            await client.query(`SELECT pg_notify('${postgres_subscription_1.EVENTS_CHANNEL}', '')`);
            await this.options.beforeCommit?.(streamName);
            await client.query('COMMIT');
            return { nextExpectedRevision: revision, positions };
        }
        catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            if (error.code === UNIQUE_VIOLATION)
                return null;
            throw error;
        }
        finally {
            client.release();
        }
    }
    async readStream(streamName, options = {}) {
        const { rows } = await this.pool.query(`SELECT ${rows_1.EVENT_COLUMNS} FROM events
        WHERE stream_name = $1 AND stream_revision >= $2 ORDER BY stream_revision`, [streamName, String(options.fromRevision ?? 0n)]);
        return rows.map((row) => this.upcast((0, rows_1.toRecordedEvent)(row)));
    }
    async readCategory(category, options = {}) {
        const { rows } = await this.pool.query(`SELECT ${rows_1.EVENT_COLUMNS} FROM events
        WHERE stream_category = $1 AND position > $2 AND position < ${global_order_1.READABLE_BOUND_SQL}
        ORDER BY position LIMIT $3`, [category, String(options.after ?? -1n), options.maxCount ?? DEFAULT_READ_BATCH]);
        return rows.map((row) => this.upcast((0, rows_1.toRecordedEvent)(row)));
    }
    async readAll(options = {}) {
        const { rows } = await this.pool.query(`SELECT ${rows_1.EVENT_COLUMNS} FROM events
        WHERE position > $1 AND position < ${global_order_1.READABLE_BOUND_SQL}
        ORDER BY position LIMIT $2`, [String(options.after ?? -1n), options.maxCount ?? DEFAULT_READ_BATCH]);
        return rows.map((row) => this.upcast((0, rows_1.toRecordedEvent)(row)));
    }
    subscribeToAll(options = {}) {
        return new postgres_subscription_1.PostgresSubscription(this.options.connectionString, (after, maxCount) => this.readAll({ after, maxCount }), {
            after: options.after,
            maxCount: options.maxCount ?? DEFAULT_READ_BATCH,
            pollIntervalMs: this.options.pollIntervalMs ?? 100,
        });
    }
    async headPosition() {
        const { rows } = await this.pool.query(`SELECT max(position) AS head FROM events WHERE position < ${global_order_1.READABLE_BOUND_SQL}`);
        return rows[0].head === null ? null : BigInt(rows[0].head);
    }
    async ping() {
        await this.pool.query('SELECT 1 FROM events LIMIT 1');
    }
    async close() {
        await this.pool.end();
    }
    /** Moves the stream's revision on if it is where the caller expects; null if not. */
    async advanceRevision(client, streamName, expected, count) {
        const n = String(count);
        const sql = expected === 'no_stream'
            ? `INSERT INTO event_streams VALUES ($1, $2::bigint - 1) ON CONFLICT DO NOTHING RETURNING revision`
            : expected === 'any'
                ? `INSERT INTO event_streams VALUES ($1, $2::bigint - 1)
             ON CONFLICT (stream_name) DO UPDATE SET revision = event_streams.revision + $2
             RETURNING revision`
                : expected === 'stream_exists'
                    ? `UPDATE event_streams SET revision = revision + $2 WHERE stream_name = $1 RETURNING revision`
                    : `UPDATE event_streams SET revision = revision + $2
                WHERE stream_name = $1 AND revision = $3 RETURNING revision`;
        const params = typeof expected === 'bigint' ? [streamName, n, String(expected)] : [streamName, n];
        const { rows } = await client.query(sql, params);
        return rows.length ? BigInt(rows[0].revision) : null;
    }
    async insertEvents(client, streamName, firstRevision, events) {
        const { rows } = await client.query(`INSERT INTO events (position, transaction_id, event_id, stream_name, stream_category,
                           stream_revision, event_type, schema_version, data, metadata)
       SELECT ${(0, global_order_1.positionSql)('e.ordinal - 1')}, pg_current_xact_id(), e.id, $1, $2,
              $3::bigint + e.ordinal - 1, e.type, (e.metadata->>'schemaVersion')::int, e.data, e.metadata
         FROM unnest($4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[])
              WITH ORDINALITY AS e(id, type, data, metadata, ordinal)
       RETURNING position`, [
            streamName,
            (0, port_1.categoryOf)(streamName),
            String(firstRevision),
            events.map((e) => e.id),
            events.map((e) => e.type),
            events.map((e) => JSON.stringify(e.data)),
            events.map((e) => JSON.stringify(e.metadata)),
        ]);
        return rows.map((row) => BigInt(row.position)).sort((a, b) => (a < b ? -1 : 1));
    }
    /**
     * An append that did not go through is still a success if it is a retry of one that
     * did: the same event ids, in this stream, right after the expected revision.
     */
    async retriedAppendOrConflict(streamName, events, expected) {
        const { rows } = await this.pool.query(`SELECT event_id, stream_name, stream_revision, position FROM events
        WHERE event_id = ANY($1::uuid[]) ORDER BY position`, [events.map((e) => e.id)]);
        const sameAppend = rows.length === events.length &&
            rows.every((row, i) => row.stream_name === streamName &&
                row.event_id === events[i].id &&
                (typeof expected !== 'bigint' || BigInt(row.stream_revision) === expected + 1n + BigInt(i)));
        if (sameAppend)
            return {
                nextExpectedRevision: BigInt(rows[rows.length - 1].stream_revision),
                positions: rows.map((row) => BigInt(row.position)),
            };
        if (rows.length > 0)
            throw new port_1.DuplicateEventId(streamName, rows.map((row) => row.event_id));
        throw new port_1.WrongExpectedRevision(streamName, expected, await this.currentRevision(streamName));
    }
    async currentRevision(streamName) {
        const { rows } = await this.pool.query('SELECT revision FROM event_streams WHERE stream_name = $1', [streamName]);
        return rows.length ? BigInt(rows[0].revision) : 'no_stream';
    }
}
exports.PostgresEventStore = PostgresEventStore;
//# sourceMappingURL=postgres-event-store.js.map