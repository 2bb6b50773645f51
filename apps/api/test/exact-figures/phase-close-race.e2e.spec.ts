import { randomUUID } from 'node:crypto';
import { TestApi } from '../test-api';

/**
 * A phase closed while its coordinators are still logging (a late return, a retry on a
 * bad connection): whichever lands second is refused. Before, both could succeed, and a
 * closed phase counted arrests after its end.
 */
let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
  await api.post('/api/operations', {
    id: 'race',
    name: 'Operation Race',
    scope: 'force',
    forces: ['dorset'],
  });
}, 60_000);
afterAll(() => api.stop());

const ENDS_ON = '2025-01-10';
const arrest = (occurredAt: string) => ({
  entryId: randomUUID(),
  kind: 'arrest',
  count: 1,
  offence: 'drug-supply',
  force: 'dorset',
  occurredAt,
});

it('never leaves a closed phase holding an entry after its end, however the requests interleave', async () => {
  for (let n = 1; n <= 8; n++) {
    const phase = `/api/operations/race/phases/${n}`;
    await api.post('/api/operations/race/phases', { number: n, startsOn: '2025-01-01' });
    const inside = arrest('2025-01-05T10:00:00Z');
    const first = await api.post(`${phase}/entries`, inside, 'dorset');
    expect(first.status).toBe(201);
    const { entryId, ...moved } = { ...inside, occurredAt: '2025-01-20T10:00:00Z' };
    const [closed, corrected, ...logged] = await Promise.all([
      api.post(`${phase}/close`, { endsOn: ENDS_ON }),
      api.post(
        `${phase}/entries/${entryId}/correction`,
        { reason: 'late', entry: moved },
        'dorset',
      ),
      ...[1, 2, 3].map(() =>
        api.post(`${phase}/entries`, arrest('2025-01-20T10:00:00Z'), 'dorset'),
      ),
    ]);
    const afterTheEnd = [corrected, ...logged].filter((a) => a.status === 200 || a.status === 201);
    if (closed.status === 200) {
      expect({ phase: n, acceptedAfterTheEnd: afterTheEnd.length }).toEqual({
        phase: n,
        acceptedAfterTheEnd: 0,
      });
      for (const refused of [corrected, ...logged])
        expect(refused.body.message).toMatch(/closed on 2025-01-10|after phase \d+ ended on/);
    } else {
      expect([n, closed.status, closed.body.message]).toEqual([
        n,
        422,
        expect.stringMatching(/after/),
      ]);
    }
    const last = [first, corrected, ...logged]
      .map((answer) => BigInt(answer.body.position ?? 0))
      .reduce((a, b) => (a > b ? a : b));
    const totals = await api.get(
      `/api/operations/race/phases/${n}/totals?from=2025-01-11&minPosition=${last}&waitMs=10000`,
      'analyst',
    );
    if (closed.status === 200) expect(totals.body).toMatchObject({ totals: { arrests: 0 } });
  }
});
