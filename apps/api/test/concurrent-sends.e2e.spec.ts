import { serveScorpionPhase5, warrants } from './fixtures';
import type { TestApi } from './test-api';

let api: TestApi;
let entries: string;
serveScorpionPhase5((served) => ({ api, entries } = served));

/**
 * A coordinator's client on a bad connection sends again what it already sent, and an
 * import tool may send a return twice at once. However the sends race, each entry is
 * stored once, and exactly one of them is told 201: the rest 200, at the same position.
 */
it('answers one 201 per entry however batches and single sends of it race', async () => {
  const sent = Array.from({ length: 20 }, (_, i) => warrants(1 + i));
  const before = await api.eventCount();
  const [first, second, ...singles] = await Promise.all([
    api.post(`${entries}/batch`, { entries: sent }, 'dorset'),
    api.post(`${entries}/batch`, { entries: sent }, 'dorset'),
    ...sent.map((entry) => api.post(entries, entry, 'dorset')),
  ]);
  const answers = new Map(sent.map((entry) => [entry.entryId, [] as [number, string][]]));
  for (const batch of [first, second])
    for (const result of batch.body.results)
      answers.get(result.entryId)!.push([result.status, result.position]);
  singles.forEach((single, i) =>
    answers.get(sent[i].entryId)!.push([single.status, single.body.position]),
  );
  for (const [entryId, got] of answers) {
    const statuses = got.map(([status]) => status).sort();
    expect({ entryId, statuses }).toEqual({ entryId, statuses: [200, 200, 201] });
    expect(new Set(got.map(([, position]) => position)).size).toBe(1);
  }
  expect(await api.eventCount()).toBe(before + sent.length);
});
