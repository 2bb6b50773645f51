/**
 * The global order of the PostgreSQL event store, and why no reader skips an event.
 *
 * A sequence would hand out positions in the order appends *start*, but transactions
 * commit in any order: a reader could see position 11 committed while 10 is still in
 * flight, move its checkpoint past 10, and never see it (the sequence-gap problem).
 *
 * Instead an event's position is built from its transaction id:
 *   position = xid << 20 | ordinal-in-append
 * and a reader only reads positions below the oldest transaction still running,
 * `pg_snapshot_xmin(pg_current_snapshot())` (the approach Emmett's PostgreSQL store
 * takes). Every transaction below that bound has finished, and every transaction that
 * can still commit has an xid at or above it, so an event that becomes readable later
 * always has a higher position than any event read now.
 *
 * Appends to one stream take a transaction-level advisory lock *before* their first
 * write, so the later of two appends to a stream always gets the larger xid: global
 * order agrees with stream revision order.
 */
export const ORDINAL_BITS = 20;
export const MAX_EVENTS_PER_APPEND = 2 ** ORDINAL_BITS - 1;

/**
 * SQL for the first position that is not yet safe to read, from the snapshot of the
 * statement it is part of (pg_current_snapshot() is the statement's active snapshot), so
 * it bounds exactly the rows that statement sees.
 */
export const READABLE_BOUND = `(SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint << ${ORDINAL_BITS})`;

/**
 * A walk of the events in position order (with its LIMIT), cut at the readable bound in
 * the same statement. The bound stays outside the walk: inside its WHERE, PostgreSQL
 * expects a narrow range and sorts every later event instead of walking the position
 * index and stopping at the limit.
 */
export const readableOnly = (walk: string): string =>
  `SELECT * FROM (${walk}) walked WHERE position < ${READABLE_BOUND} ORDER BY position`;

/** SQL for the position of the event at `ordinal` (0-based) in the current transaction. */
export const positionSql = (ordinal: string): string =>
  `((pg_current_xact_id()::text::bigint << ${ORDINAL_BITS}) + ${ordinal})`;
