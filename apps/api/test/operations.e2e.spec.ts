import { FIVE_FORCES } from './fixtures';
import { TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
}, 60_000);
afterAll(() => api.stop());

const scorpion = {
  id: 'scorpion',
  name: 'Operation Scorpion',
  scope: 'regional',
  forces: FIVE_FORCES,
};

describe('operations and phases', () => {
  it('registers an operation (201), lists it and shows it to every role', async () => {
    const { status, body } = await api.post('/api/operations', {
      ...scorpion,
      description: 'Regional drugs crackdown',
    });
    expect(status).toBe(201);
    expect(body).toEqual({ ...scorpion, description: 'Regional drugs crackdown', phases: [] });
    for (const person of ['admin', 'dorset', 'analyst', 'pcc'] as const) {
      expect((await api.get('/api/operations/scorpion', person)).body).toEqual({
        ...scorpion,
        description: 'Regional drugs crackdown',
        phases: [],
        demo: false, // registered by a person, not the demo seed
      });
      expect((await api.get('/api/operations', person)).body.map((o: any) => o.id)).toContain(
        'scorpion',
      );
    }
  });

  it('refuses an id already registered (409) and an unknown one (404)', async () => {
    expect((await api.post('/api/operations', scorpion)).status).toBe(409);
    expect((await api.get('/api/operations/nope')).status).toBe(404);
  });

  it.each([
    [{ ...scorpion, id: 'Scorpion!' }, 'id must be a lowercase slug'],
    [{ ...scorpion, id: 'viper', forces: ['dorset'] }, 'at least two forces'],
    [{ ...scorpion, id: 'viper', scope: 'force' }, 'exactly one force'],
    [{ ...scorpion, id: 'viper', forces: ['dorset', 'kent'] }, 'each of forces must be one of'],
    [{ ...scorpion, id: 'viper', scope: 'national' }, 'scope must be one of'],
    [{ ...scorpion, id: 'viper', colour: 'red' }, 'property colour should not exist'],
  ])('refuses an invalid operation %j (400)', async (body, message) => {
    const { status, body: error } = await api.post('/api/operations', body);
    expect(status).toBe(400);
    expect(JSON.stringify(error.message)).toContain(message);
    expect((await api.get('/api/operations/viper')).status).toBe(404);
  });

  it('lets only admins register operations and open or close phases (403)', async () => {
    expect((await api.post('/api/operations', { ...scorpion, id: 'other' }, 'dorset')).status).toBe(
      403,
    );
    expect(
      (
        await api.post(
          '/api/operations/scorpion/phases',
          { number: 1, startsOn: '2022-03-07' },
          'analyst',
        )
      ).status,
    ).toBe(403);
    expect(
      (await api.post('/api/operations/scorpion/phases/1/close', { endsOn: '2022-03-13' }, 'pcc'))
        .status,
    ).toBe(403);
  });

  it('opens phases (201) and closes them (200), keeping their dates', async () => {
    expect(
      (
        await api.post('/api/operations/scorpion/phases', {
          number: 1,
          startsOn: '2022-03-07',
          name: 'County lines',
        })
      ).status,
    ).toBe(201);
    expect(
      (await api.post('/api/operations/scorpion/phases', { number: 2, startsOn: '2022-07-04' }))
        .status,
    ).toBe(201);
    const closed = await api.post('/api/operations/scorpion/phases/1/close', {
      endsOn: '2022-03-13',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.phases).toEqual([
      {
        number: 1,
        name: 'County lines',
        status: 'closed',
        startsOn: '2022-03-07',
        endsOn: '2022-03-13',
      },
      { number: 2, name: 'Phase 2', status: 'open', startsOn: '2022-07-04', endsOn: null },
    ]);
    expect(
      (await api.post('/api/operations/scorpion/phases/1/close', { endsOn: '2022-03-13' })).status,
    ).toBe(200);
  });

  it('refuses a phase number taken (409), a bad date (400), an early or second close (422), an unknown phase (404)', async () => {
    expect(
      (await api.post('/api/operations/scorpion/phases', { number: 2, startsOn: '2022-07-04' }))
        .status,
    ).toBe(409);
    expect(
      (await api.post('/api/operations/scorpion/phases', { number: 3, startsOn: '2022-02-30' }))
        .status,
    ).toBe(400);
    expect(
      (await api.post('/api/operations/scorpion/phases', { number: 0, startsOn: '2022-11-18' }))
        .status,
    ).toBe(400);
    expect(
      (await api.post('/api/operations/nope/phases', { number: 3, startsOn: '2022-11-18' })).status,
    ).toBe(404);
    expect(
      (await api.post('/api/operations/scorpion/phases/2/close', { endsOn: '2022-07-01' })).status,
    ).toBe(422);
    expect(
      (await api.post('/api/operations/scorpion/phases/1/close', { endsOn: '2022-03-20' })).status,
    ).toBe(422);
    expect(
      (await api.post('/api/operations/scorpion/phases/9/close', { endsOn: '2022-03-20' })).status,
    ).toBe(404);
  });
});
