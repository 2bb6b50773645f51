import type { AuditRecord, NewAuditRecord } from '../audit-record';
import { chained, GENESIS_HASH, hashOf } from './audit-hash';
import { verifyChain } from './verify-chain';

const request = (n: number): NewAuditRecord => ({
  at: new Date(Date.UTC(2026, 0, 1, 12, 0, n)),
  username: 'dorset',
  role: 'coordinator',
  force: 'dorset',
  action: 'entry.log',
  kind: 'collection',
  method: 'POST',
  route: '/api/operations/:op/phases/:n/entries',
  scope: { operation: 'scorpion', phase: '5', entryId: `entry-${n}` },
  address: '127.0.0.1',
  requestId: `request-${n}`,
  status: 201,
});

const chainOf = (length: number): AuditRecord[] => {
  const records: AuditRecord[] = [];
  for (let n = 1; n <= length; n++) records.push(chained(request(n), records[n - 2] ?? null));
  return records;
};

async function* walk(records: AuditRecord[]) {
  yield* records;
}

describe('the audit hash chain', () => {
  it('starts at 1 from the genesis hash, each record naming the hash before it', () => {
    const [first, second] = chainOf(2);
    expect(first).toMatchObject({ seq: '1', prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: '2', prevHash: first.hash });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the scope whatever the order of its keys, and any change of a field differently', () => {
    const record = { ...request(1), seq: '1' };
    const reordered = {
      ...record,
      scope: { entryId: 'entry-1', phase: '5', operation: 'scorpion' },
    };
    expect(hashOf(reordered, GENESIS_HASH)).toBe(hashOf(record, GENESIS_HASH));
    expect(hashOf({ ...record, status: 403 }, GENESIS_HASH)).not.toBe(hashOf(record, GENESIS_HASH));
    expect(hashOf(record, '1'.repeat(64))).not.toBe(hashOf(record, GENESIS_HASH));
  });

  it('verifies an intact chain, and an empty one', async () => {
    const records = chainOf(5);
    expect(await verifyChain(walk(records))).toEqual({
      intact: true,
      records: 5,
      head: { seq: '5', hash: records[4].hash },
    });
    expect(await verifyChain(walk([]))).toEqual({ intact: true, records: 0, head: null });
  });

  it('names an edited record: its hash no longer matches', async () => {
    const records = chainOf(5);
    records[2] = { ...records[2], username: 'someone-else' };
    expect(await verifyChain(walk(records))).toMatchObject({
      intact: false,
      records: 2,
      broken: { seq: '3', reason: 'hash-mismatch' },
    });
  });

  it('names the record after one edited and re-hashed: its previous hash is wrong', async () => {
    const records = chainOf(5);
    const edited = { ...records[2], status: 200, seq: '3' };
    records[2] = { ...edited, hash: hashOf(edited, edited.prevHash) };
    expect(await verifyChain(walk(records))).toMatchObject({
      intact: false,
      broken: { seq: '4', reason: 'wrong-previous-hash' },
    });
  });

  it('names the gap a deleted record leaves, first or in the middle', async () => {
    const records = chainOf(5);
    const verdict = await verifyChain(walk([...records.slice(0, 2), ...records.slice(3)]));
    expect(verdict).toMatchObject({ intact: false, broken: { seq: '4', reason: 'gap' } });
    expect(verdict.intact || verdict.broken.detail).toContain('record 3 is missing');
    expect(await verifyChain(walk(records.slice(1)))).toMatchObject({
      broken: { seq: '2', reason: 'gap' },
    });
  });
});
