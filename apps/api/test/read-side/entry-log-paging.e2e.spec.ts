import { randomUUID } from 'node:crypto';
import type { OracleEntry } from '../../../../libs/testing/src/oracle';
import { TestApi } from '../test-api';
import { logDataSet, OPERATIONS } from './data-set';

/**
 * Following nextCursor through a phase gives every entry exactly once, in the order they
 * were logged, whatever the page size. (It used to order by the position as text and lose
 * entries: 49 of 65 with limit=10.)
 */
let api: TestApi;
let entries: OracleEntry[];
let lastPosition: string;

beforeAll(async () => {
  api = await TestApi.start();
  ({ entries, lastPosition } = await logDataSet(api));
  // 65 more in one phase, as one force's return
  const batch = Array.from({ length: 65 }, (_, i) => ({
    entryId: randomUUID(),
    kind: 'vehicle-stop',
    count: i + 1,
    force: 'wiltshire',
    occurredAt: '2023-10-05T10:00:00Z',
  }));
  const { body } = await api.post('/api/operations/ragwort/phases/1/entries/batch', {
    entries: batch,
  });
  // A batch's entries are logged side by side: their logging order is their positions'.
  const logged = body.results
    .map((result: { entryId: string; position: string }, i: number) => ({ result, sent: batch[i] }))
    .sort((a: any, b: any) => (BigInt(a.result.position) < BigInt(b.result.position) ? -1 : 1));
  for (const { result, sent } of logged) {
    entries.push({
      entryId: result.entryId,
      operation: 'ragwort',
      phase: 1,
      body: sent,
      retracted: false,
    });
    lastPosition = result.position;
  }
}, 120_000);
afterAll(() => api.stop());

const pageThrough = async (operation: string, phase: number, limit: number) => {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=${limit}&minPosition=${lastPosition}&waitMs=10000${cursor ? `&cursor=${cursor}` : ''}`;
    const { status, body } = await api.get(
      `/api/operations/${operation}/phases/${phase}/entries?${query}`,
      'analyst',
    );
    expect(status).toBe(200);
    expect(body.items.length).toBeLessThanOrEqual(limit);
    seen.push(...body.items.map((item: any) => item.entryId));
    cursor = body.nextCursor;
  } while (cursor);
  return seen;
};

describe('paging the entry log', () => {
  it.each([1, 3, 10, 64, 1000])(
    'gives every entry of every phase exactly once, in logging order, %i at a time',
    async (limit) => {
      for (const operation of OPERATIONS)
        for (const [phase] of operation.phases) {
          const logged = entries
            .filter((e) => e.operation === operation.id && e.phase === phase)
            .map((e) => e.entryId);
          expect([operation.id, phase, await pageThrough(operation.id, phase, limit)]).toEqual([
            operation.id,
            phase,
            logged,
          ]);
        }
    },
    60_000,
  );

  it('refuses a cursor it did not give (400)', async () => {
    const forged = Buffer.from('12345').toString('base64url');
    const { status } = await api.get(
      `/api/operations/ragwort/phases/1/entries?cursor=${forged}`,
      'analyst',
    );
    expect(status).toBe(400);
  });
});

describe('one entry, and the log as CSV', () => {
  it('shows one entry with its history, to the people who may see the log', async () => {
    const entry = entries.find((e) => e.operation === 'ragwort' && e.body.force === 'wiltshire')!;
    const path = `/api/operations/ragwort/phases/1/entries/${entry.entryId}`;
    const { status, body } = await api.get(path, 'analyst');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      entryId: entry.entryId,
      force: 'wiltshire',
      kind: entry.body.kind,
      status: 'active',
      history: [{ change: 'logged', recordedBy: 'admin' }],
    });
    expect((await api.get(path, 'wiltshire')).status).toBe(200);
    expect((await api.get(path, 'dorset')).status).toBe(404);
    expect((await api.get(path, 'pcc')).status).toBe(403);
    expect((await api.get(`/api/operations/ragwort/phases/1/entries/${randomUUID()}`)).status).toBe(
      404,
    );
    expect(
      (await api.get(`/api/operations/scorpion/phases/1/entries/${entry.entryId}`)).status,
    ).toBe(404);
  });

  it('exports every entry of a phase as CSV, in logging order, one row each', async () => {
    const { status, body, headers } = await api.get(
      `/api/operations/ragwort/phases/1/entries?format=csv&minPosition=${lastPosition}&waitMs=10000`,
      'analyst',
    );
    expect([status, headers.get('content-type')]).toEqual([
      200,
      expect.stringContaining('text/csv'),
    ]);
    const [header, ...rows] = (body as string).trim().split('\r\n');
    expect(header.split(',').slice(0, 7)).toEqual([
      'entryId',
      'force',
      'kind',
      'status',
      'occurredAt',
      'occurredOn',
      'count',
    ]);
    expect(rows.map((row) => row.split(',')[0])).toEqual(
      entries.filter((e) => e.operation === 'ragwort').map((e) => e.entryId),
    );
  });

  it('pages CSV when a limit is given, with the next cursor in a header', async () => {
    const first = await api.get(
      '/api/operations/ragwort/phases/1/entries?format=csv&limit=10',
      'analyst',
    );
    expect((first.body as string).trim().split('\r\n')).toHaveLength(11);
    const cursor = first.headers.get('x-next-cursor');
    expect(cursor).toBeTruthy();
    const second = await api.get(
      `/api/operations/ragwort/phases/1/entries?format=csv&limit=10&cursor=${cursor}`,
      'analyst',
    );
    expect((second.body as string).split('\r\n')[1]).not.toEqual(
      (first.body as string).split('\r\n')[1],
    );
  });
});
