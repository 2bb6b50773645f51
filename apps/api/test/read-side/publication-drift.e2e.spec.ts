import { randomUUID } from 'node:crypto';
import { FIVE_FORCES } from '../fixtures';
import { TestApi } from '../test-api';

/**
 * A whole-summary publication after another operation is registered: its drift names each
 * operation and force by id (the new one's figures are new, nobody else's shift), and the
 * summary as of its publishedAt gives back exactly the figures published. A scope is an
 * object, and names only a force of its operation.
 */
let api: TestApi;
let lastPosition: string;
let published: { id: string; publishedAt: string; figures: Record<string, unknown> };

const register = async (id: string, forces: string[]) => {
  expect(
    (
      await api.post('/api/operations', {
        id,
        name: `Operation ${id}`,
        scope: forces.length === 1 ? 'force' : 'regional',
        forces,
      })
    ).status,
  ).toBe(201);
  expect(
    (await api.post(`/api/operations/${id}/phases`, { number: 1, startsOn: '2024-01-01' })).status,
  ).toBe(201);
};

const logWarrants = async (operation: string, count: number, occurredAt: string) => {
  const answer = await api.post(
    `/api/operations/${operation}/phases/1/entries`,
    { entryId: randomUUID(), force: 'dorset', kind: 'warrant', count, occurredAt },
    'dorset',
  );
  expect(answer.status).toBe(201);
  lastPosition = answer.body.position;
};

/** The summary once the read models have caught up with every write so far. */
const summary = async (query = '') => {
  const answer = await api.get(
    `/api/summary?minPosition=${lastPosition}&waitMs=10000${query}`,
    'analyst',
  );
  expect(answer.status).toBe(200);
  expect(answer.body.minPositionReached).toBe(true);
  return answer.body;
};

beforeAll(async () => {
  api = await TestApi.start();
  await register('scorpion', FIVE_FORCES);
  await register('viper', ['dorset']);
  await logWarrants('scorpion', 10, '2024-03-01T10:00:00Z');
  await logWarrants('viper', 4, '2024-03-02T10:00:00Z');
  await summary();
  const answer = await api.post('/api/publications', { title: 'The whole summary' }, 'pcc');
  expect(answer.status).toBe(201);
  published = answer.body;
  await new Promise((resolve) => setTimeout(resolve, 20));
  // Registered after the publication, and sorting before every operation published.
  await register('aardvark', ['dorset']);
  await logWarrants('aardvark', 7, '2024-05-01T10:00:00Z');
  await logWarrants('scorpion', 3, '2024-05-02T10:00:00Z');
  await summary();
}, 60_000);
afterAll(() => api?.stop());

describe('a whole-summary publication, after an operation is registered', () => {
  it('names each drifted operation and force by id: the new operation is new figures, the others keep their own', async () => {
    const { status, body } = await api.get(`/api/publications/${published.id}`, 'pcc');
    expect(status).toBe(200);
    const operations = body.drift.filter((d: { figure: string }) =>
      d.figure.startsWith('operations.'),
    );
    expect(operations).toEqual([
      { figure: 'operations.aardvark.totals.entries', published: 0, current: 1 },
      { figure: 'operations.aardvark.totals.warrants', published: 0, current: 7 },
      { figure: 'operations.scorpion.totals.entries', published: 1, current: 2 },
      { figure: 'operations.scorpion.totals.warrants', published: 10, current: 13 },
    ]);
    const forces = body.drift.filter((d: { figure: string }) => d.figure.startsWith('forces.'));
    expect(forces.map((d: { figure: string }) => d.figure)).toEqual([
      'forces.dorset.per1000.warrants',
      'forces.dorset.totals.entries',
      'forces.dorset.totals.warrants',
    ]);
    expect(forces[2]).toEqual({
      figure: 'forces.dorset.totals.warrants',
      published: 14,
      current: 24,
    });
  });

  it('is given back exactly by the summary as of its publishedAt, without the later operation', async () => {
    const { since, regional, forces, operations } = await summary(
      `&asOf=${encodeURIComponent(published.publishedAt)}`,
    );
    expect(operations.map((o: { operation: string }) => o.operation)).toEqual([
      'scorpion',
      'viper',
    ]);
    expect({ since, regional, forces, operations }).toEqual(published.figures);
    // While today's summary lists it.
    expect((await summary()).operations.map((o: { operation: string }) => o.operation)).toEqual([
      'aardvark',
      'scorpion',
      'viper',
    ]);
  });

  it('leaves the later operation out of a force’s totals as of then too', async () => {
    const byOperation = async (query: string) =>
      (
        await api.get(
          `/api/forces/dorset/totals?minPosition=${lastPosition}&waitMs=10000${query}`,
          'analyst',
        )
      ).body.byOperation.map((o: { operation: string }) => o.operation);
    const asOf = `&asOf=${encodeURIComponent(published.publishedAt)}`;
    expect(await byOperation(asOf)).toEqual(['scorpion', 'viper']);
    expect(await byOperation('')).toEqual(['aardvark', 'scorpion', 'viper']);
  });
});

describe('a publication’s scope', () => {
  it.each([
    ['an array', [], 'scope must be an object'],
    ['null', null, 'scope must be an object'],
    ['a string', 'viper', 'scope must be an object'],
    ['a list of scopes', [{ operation: 'viper' }], 'scope must be an object'],
  ])('is refused as %s (400), and nothing is stored', async (_, scope, message) => {
    const before = await api.stored();
    const answer = await api.post('/api/publications', { title: 't', scope }, 'pcc');
    expect(answer.status).toBe(400);
    expect(answer.body.message).toEqual([message]);
    expect(await api.stored()).toEqual(before);
  });

  it('naming a force that is not one of the operation’s is refused (422), not published as zeros', async () => {
    const before = await api.stored();
    const answer = await api.post(
      '/api/publications',
      { title: 't', scope: { operation: 'viper', force: 'wiltshire' } },
      'admin',
    );
    expect(answer.status).toBe(422);
    expect(answer.body.message).toMatch(/^force-not-in-operation: /);
    expect(answer.body.message).toContain('wiltshire');
    expect(await api.stored()).toEqual(before);
  });

  it.each([
    ['viper', 'wiltshire', 403],
    ['scorpion', 'wiltshire', 403],
    ['viper', 'dorset', 201],
  ])(
    'keeps a PCC’s 403 for another force alone, and lets a PCC publish their own: %s and %s → %i',
    async (operation, force, status) => {
      const scope = { operation, force };
      expect((await api.post('/api/publications', { title: 't', scope }, 'pcc')).status).toBe(
        status,
      );
    },
  );
});
