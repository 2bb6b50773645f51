import { randomUUID } from 'node:crypto';
import { registerScorpionPhase5 } from '../fixtures';
import { TestApi } from '../test-api';

/**
 * The whole entry log of a phase as CSV is written page by page (1,000 entries a page) as
 * it is read, never held whole: the pages must join into one file with every entry once.
 */
let api: TestApi;
let entries: string;
const logged: { entryId: string; position: bigint }[] = [];

beforeAll(async () => {
  api = await TestApi.start();
  entries = await registerScorpionPhase5(api);
  for (const size of [1000, 1000, 500]) {
    const batch = Array.from({ length: size }, (_, i) => ({
      entryId: randomUUID(),
      kind: 'arrest',
      count: 1 + (i % 9),
      offence: 'drug-supply',
      force: 'dorset',
      occurredAt: '2023-06-27T09:00:00Z',
    }));
    const { status, body } = await api.post(`${entries}/batch`, { entries: batch });
    expect(status).toBe(200);
    for (const result of body.results)
      logged.push({ entryId: result.entryId, position: BigInt(result.position) });
  }
  logged.sort((a, b) => (a.position < b.position ? -1 : 1));
}, 120_000);
afterAll(() => api.stop());

it('exports 2,500 entries as one CSV across three pages: each once, in logging order', async () => {
  const last = logged[logged.length - 1].position;
  const { status, body, headers } = await api.get(
    `${entries}?format=csv&minPosition=${last}&waitMs=10000`,
    'analyst',
  );
  expect([status, headers.get('content-type')]).toEqual([200, expect.stringContaining('text/csv')]);
  const lines = (body as string).split('\r\n');
  expect(lines.pop()).toBe(''); // every row ends with CRLF, the last one too
  const [header, ...rows] = lines;
  expect(header.startsWith('entryId,force,kind,status,')).toBe(true);
  expect(rows.map((row) => row.split(',')[0])).toEqual(logged.map((e) => e.entryId));
});

it('still refuses before it starts writing: an unknown phase is a JSON 404', async () => {
  const answer = await api.get('/api/operations/scorpion/phases/9/entries?format=csv', 'analyst');
  expect([answer.status, answer.body.statusCode]).toEqual([404, 404]);
});
