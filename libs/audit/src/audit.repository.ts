import type { Pool, PoolClient } from 'pg';
import type { AuditRecord, AuditKind, NewAuditRecord } from './audit-record';
import { chained } from './chain/audit-hash';

/** What `GET /api/audit` narrows to; each is optional. */
export interface AuditFilter {
  user?: string;
  force?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

interface Row {
  seq: string;
  at: Date;
  username: string | null;
  role: string | null;
  force: string | null;
  action: string;
  kind: AuditKind;
  method: string;
  route: string;
  scope: Record<string, string>;
  address: string | null;
  request_id: string | null;
  status: number;
  prev_hash: string;
  hash: string;
}

// bigint comes back from pg as a string: no cast (an alias would make ORDER BY sort text).
const COLUMNS = `seq, at, username, role, force, action, kind, method, route, scope,
  address, request_id, status, prev_hash, hash`;

const recordOf = (row: Row): AuditRecord => ({
  seq: row.seq,
  at: row.at,
  username: row.username,
  role: row.role,
  force: row.force,
  action: row.action,
  kind: row.kind,
  method: row.method,
  route: row.route,
  scope: row.scope,
  address: row.address,
  requestId: row.request_id,
  status: row.status,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/**
 * The only door to `audit_records`. Appends are serialised by a transaction-level
 * advisory lock, taken before the chain's head is read: every API instance (and every
 * writer in one) extends the same line, and a crash mid-append leaves no half chain.
 */
export class AuditRepository {
  constructor(private readonly pool: Pool) {}

  /** Chains the records after the current head, in one transaction; durable on return. */
  async append(records: NewAuditRecord[]): Promise<AuditRecord[]> {
    if (!records.length) return [];
    return this.inTransaction(async (client) => {
      // Two-key form: its own lock space, apart from the event store's one-key stream locks.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('ros'), hashtext('audit'))`);
      const head = await client.query<{ seq: string; hash: string }>(
        'SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1',
      );
      let previous: { seq: string; hash: string } | null = head.rows[0] ?? null;
      const stored = records.map((record) => (previous = chained(record, previous)));
      const values: unknown[] = [];
      const tuples = stored.map((r) => {
        const at = values.length;
        values.push(
          r.seq,
          r.at,
          r.username,
          r.role,
          r.force,
          r.action,
          r.kind,
          r.method,
          r.route,
          JSON.stringify(r.scope),
          r.address,
          r.requestId,
          r.status,
          r.prevHash,
          r.hash,
        );
        return `(${Array.from({ length: 15 }, (_, i) => `$${at + i + 1}`).join(', ')})`;
      });
      await client.query(
        `INSERT INTO audit_records (seq, at, username, role, force, action, kind, method, route,
           scope, address, request_id, status, prev_hash, hash) VALUES ${tuples.join(', ')}`,
        values,
      );
      return stored;
    });
  }

  /** Newest first; `before` is the seq of the last record of the previous page. */
  async page(
    filter: AuditFilter,
    before: string | undefined,
    limit: number,
  ): Promise<AuditRecord[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (clause: (p: string) => string, value: unknown) => {
      values.push(value);
      where.push(clause(`$${values.length}`));
    };
    if (filter.user !== undefined) add((p) => `lower(username) = lower(${p})`, filter.user);
    if (filter.force !== undefined) add((p) => `force = ${p}`, filter.force);
    if (filter.action !== undefined) add((p) => `action = ${p}`, filter.action);
    if (filter.from !== undefined) add((p) => `at >= ${p}`, filter.from);
    if (filter.to !== undefined) add((p) => `at < ${p}`, filter.to);
    if (before !== undefined) add((p) => `seq < ${p}`, before);
    values.push(limit);
    const { rows } = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM audit_records ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY seq DESC LIMIT $${values.length}`,
      values,
    );
    return rows.map(recordOf);
  }

  /** Every record, oldest first, a page at a time: what the verifier walks. */
  async *walk(pageSize = 1000): AsyncGenerator<AuditRecord> {
    let after = '0';
    for (;;) {
      const { rows } = await this.pool.query<Row>(
        `SELECT ${COLUMNS} FROM audit_records WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [after, pageSize],
      );
      for (const row of rows) yield recordOf(row);
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].seq;
    }
  }

  private async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
