import { randomUUID } from 'node:crypto';
import { TestApi } from './test-api';

export const FIVE_FORCES = [
  'avon-and-somerset',
  'devon-and-cornwall',
  'dorset',
  'gloucestershire',
  'wiltshire',
];

/** Scorpion with phase 5 open since 26 June 2023, as in the Dorset PCC's report. */
export const registerScorpionPhase5 = async (api: TestApi, id = 'scorpion'): Promise<string> => {
  await api.post('/api/operations', {
    id,
    name: 'Operation Scorpion',
    scope: 'regional',
    forces: FIVE_FORCES,
  });
  await api.post(`/api/operations/${id}/phases`, { number: 5, startsOn: '2023-06-26' });
  return `/api/operations/${id}/phases/5/entries`;
};

export const warrants = (count = 10, force = 'dorset') => ({
  entryId: randomUUID(),
  kind: 'warrant',
  count,
  force,
  occurredAt: '2023-06-27T09:00:00.000Z',
});

export const arrests = (count = 14, force = 'dorset') => ({
  entryId: randomUUID(),
  kind: 'arrest',
  count,
  offence: 'drug-supply',
  force,
  occurredAt: '2023-06-28T06:30:00.000Z',
  tags: ['mille'],
});

/**
 * A server of the test file's own, with Scorpion phase 5 open: handed over before the
 * file's first test, stopped after its last.
 */
export const serveScorpionPhase5 = (
  onServed: (served: { api: TestApi; entries: string }) => void,
): void => {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await TestApi.start();
    onServed({ api, entries: await registerScorpionPhase5(api) });
  }, 60_000);
  afterAll(() => api?.stop());
};
