import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../testing/src/database/test-database';
import type { NewAuditRecord } from './audit-record';
import { AuditTrail } from './audit-trail';
import { AuditRepository } from './audit.repository';
import { verifyChain } from './chain/verify-chain';

const request = (n: number, username = 'dorset'): NewAuditRecord => ({
  at: new Date(Date.UTC(2026, 0, 1, 12, 0, 0, n)),
  username,
  role: 'coordinator',
  force: 'dorset',
  action: 'entry.log',
  kind: 'collection',
  method: 'POST',
  route: '/api/operations/:op/phases/:n/entries',
  scope: { operation: 'scorpion', phase: '5', 'query.note': `ünïcødé "quoted" ${n}` },
  address: '::ffff:127.0.0.1',
  requestId: `request-${n}`,
  status: 201,
});

describe('the audit trail in PostgreSQL', () => {
  let database: TestDatabase;
  let pool: Pool;
  let repository: AuditRepository;

  beforeEach(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 4 });
    repository = new AuditRepository(pool);
  });
  afterEach(async () => {
    await pool.end();
    await database.drop();
  });

  /** What only someone with the table owner's rights, bypassing the trigger, could do. */
  const tamper = async (sql: string) => {
    await pool.query('ALTER TABLE audit_records DISABLE TRIGGER USER');
    await pool.query(sql);
    await pool.query('ALTER TABLE audit_records ENABLE TRIGGER USER');
  };

  const verify = () => verifyChain(repository.walk(3)); // pages of 3: the walk crosses pages

  it('keeps one unbroken line when two API instances append at once', async () => {
    const otherInstance = new AuditTrail(new AuditRepository(pool));
    const thisInstance = new AuditTrail(repository);
    await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        (n % 2 ? otherInstance : thisInstance).record(request(n)),
      ),
    );
    const verdict = await verify();
    expect(verdict).toMatchObject({ intact: true, records: 60, head: { seq: '60' } });
  });

  it('reads back exactly what it hashed: times, unicode, quotes, nulls', async () => {
    await repository.append([
      request(1),
      { ...request(2), username: null, role: null, force: null },
    ]);
    expect(await verify()).toMatchObject({ intact: true, records: 2 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of a record, whoever asks', async () => {
    await repository.append([request(1)]);
    for (const sql of [
      `UPDATE audit_records SET status = 200`,
      `DELETE FROM audit_records`,
      `TRUNCATE audit_records`,
    ])
      await expect(pool.query(sql)).rejects.toThrow(/audit_records is append-only/);
    expect(await verify()).toMatchObject({ intact: true, records: 1 });
  });

  it('names the first edited record when a field of one is changed', async () => {
    await repository.append([1, 2, 3, 4, 5, 6, 7].map((n) => request(n)));
    await tamper(`UPDATE audit_records SET status = 200 WHERE seq = 4`);
    await tamper(`UPDATE audit_records SET username = 'nobody' WHERE seq = 6`);
    expect(await verify()).toMatchObject({
      intact: false,
      records: 3,
      broken: { seq: '4', reason: 'hash-mismatch' },
    });
  });

  it('names the record after a deleted one', async () => {
    await repository.append([1, 2, 3, 4, 5, 6, 7].map((n) => request(n)));
    await tamper(`DELETE FROM audit_records WHERE seq = 5`);
    const verdict = await verify();
    expect(verdict).toMatchObject({
      intact: false,
      records: 4,
      broken: { seq: '6', reason: 'gap' },
    });
    expect(verdict.intact || verdict.broken.detail).toBe(
      'record 5 is missing (deleted?) before record 6',
    );
  });

  it('names the record after a deleted one even when the rest were renumbered', async () => {
    await repository.append([1, 2, 3, 4, 5].map((n) => request(n)));
    await tamper(`DELETE FROM audit_records WHERE seq = 3`);
    await tamper(`UPDATE audit_records SET seq = seq - 1 WHERE seq > 3`);
    // Renumbering changes what seq 3 hashes to: caught as an edit of record 3.
    expect(await verify()).toMatchObject({ intact: false, broken: { seq: '3' } });
  });

  it('pages newest first through the filters', async () => {
    await repository.append([
      request(1, 'dorset'),
      request(2, 'Wiltshire'),
      request(3, 'dorset'),
      request(4, 'dorset'),
    ]);
    const firstPage = await repository.page({ user: 'DORSET' }, undefined, 2);
    expect(firstPage.map((r) => r.seq)).toEqual(['4', '3']);
    expect((await repository.page({ user: 'dorset' }, '3', 2)).map((r) => r.seq)).toEqual(['1']);
    const window = await repository.page(
      {
        from: new Date(Date.UTC(2026, 0, 1, 12, 0, 0, 2)),
        to: new Date(Date.UTC(2026, 0, 1, 12, 0, 0, 4)),
      },
      undefined,
      10,
    );
    expect(window.map((r) => r.seq)).toEqual(['3', '2']);
  });
});
