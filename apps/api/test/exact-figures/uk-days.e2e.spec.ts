import { randomUUID } from 'node:crypto';
import { oracleTotals, ukDayOf, type OracleEntry } from '../../../../libs/testing/src/oracle';
import { FIVE_FORCES } from '../fixtures';
import { TestApi } from '../test-api';

/**
 * Which day something happened is its UK calendar day (BST in summer, GMT in winter): the
 * forces, their releases and their phases all speak in local dates. Tested on an ordinary
 * summer day and on both days the clocks change.
 */
let api: TestApi;
let lastPosition = '0';
const logged: OracleEntry[] = [];

const PHASES = [
  [1, '2023-06-26'], // a summer Monday: midnight is 23:00 UTC the day before
  [2, '2024-03-31'], // clocks go forward at 01:00 UTC
  [3, '2024-10-27'], // clocks go back at 01:00 UTC
] as const;

beforeAll(async () => {
  api = await TestApi.start();
  await api.post('/api/operations', {
    id: 'ukdays',
    name: 'UK days',
    scope: 'regional',
    forces: FIVE_FORCES,
  });
  for (const [number, startsOn] of PHASES)
    await api.post('/api/operations/ukdays/phases', { number, startsOn });
}, 60_000);
afterAll(() => api.stop());

const log = async (phase: number, occurredAt: string, kind = 'arrest') => {
  const entry = { entryId: randomUUID(), kind, force: 'dorset', occurredAt };
  const answer = await api.post(`/api/operations/ukdays/phases/${phase}/entries`, entry, 'dorset');
  if (answer.status === 201) {
    logged.push({
      entryId: entry.entryId,
      operation: 'ukdays',
      phase,
      body: entry,
      retracted: false,
    });
    lastPosition = answer.body.position;
  }
  return answer;
};

const windowTotals = async (phase: number, from: string, to: string) =>
  (
    await api.get(
      `/api/operations/ukdays/phases/${phase}/totals?from=${from}&to=${to}&minPosition=${lastPosition}&waitMs=10000`,
      'analyst',
    )
  ).body.totals;

const inWindow = (phase: number, from: string, to: string) =>
  oracleTotals(
    logged.filter(
      (e) =>
        e.phase === phase && ukDayOf(e.body.occurredAt) >= from && ukDayOf(e.body.occurredAt) <= to,
    ),
  );

describe('an entry’s day is its UK calendar day', () => {
  it('accepts an arrest at 00:30 BST on the day a phase starts, refuses one at 23:59 BST the day before', async () => {
    expect((await log(1, '2023-06-25T23:30:00Z')).status).toBe(201);
    const early = await log(1, '2023-06-25T22:59:59Z');
    expect([early.status, early.body.message]).toEqual([
      422,
      expect.stringMatching(/^phase-not-started/),
    ]);
  });

  it('counts a closure at 00:30 BST in the window of the day it happened on', async () => {
    expect((await log(1, '2023-06-27T23:30:00Z', 'county-line-closure')).status).toBe(201);
    expect((await windowTotals(1, '2023-06-28', '2023-06-28')).countyLinesClosed).toBe(1);
    expect((await windowTotals(1, '2023-06-27', '2023-06-27')).countyLinesClosed).toBe(0);
  });

  it('on the day the clocks go forward: 00:30 GMT is that day, 23:30 UTC the next', async () => {
    expect((await log(2, '2024-03-31T00:30:00Z')).status).toBe(201); // 00:30 GMT, 31 March
    expect((await log(2, '2024-03-30T23:30:00Z')).status).toBe(422); // 23:30 GMT, 30 March
    expect((await log(2, '2024-03-31T23:30:00Z')).status).toBe(201); // 00:30 BST, 1 April
    expect(await windowTotals(2, '2024-03-31', '2024-03-31')).toEqual(
      inWindow(2, '2024-03-31', '2024-03-31'),
    );
    expect((await windowTotals(2, '2024-03-31', '2024-03-31')).arrests).toBe(1);
    expect((await windowTotals(2, '2024-04-01', '2024-04-01')).arrests).toBe(1);
  });

  it('on the day the clocks go back: 00:30 BST is that day, and so is 23:30 GMT', async () => {
    expect((await log(3, '2024-10-26T23:30:00Z')).status).toBe(201); // 00:30 BST, 27 October
    expect((await log(3, '2024-10-26T22:30:00Z')).status).toBe(422); // 23:30 BST, 26 October
    expect((await log(3, '2024-10-27T23:30:00Z')).status).toBe(201); // 23:30 GMT, 27 October
    expect((await windowTotals(3, '2024-10-27', '2024-10-27')).arrests).toBe(2);
    expect(await windowTotals(3, '2024-10-28', '2024-10-28')).toEqual(
      inWindow(3, '2024-10-28', '2024-10-28'),
    );
  });

  it('starts the summary on the UK day of the first entry', async () => {
    const { body } = await api.get(
      `/api/summary?minPosition=${lastPosition}&waitMs=10000`,
      'analyst',
    );
    expect(body.since).toBe('2023-06-26');
  });

  it('shows each entry’s UK day in the entry log’s CSV', async () => {
    const { body } = await api.get(
      `/api/operations/ukdays/phases/1/entries?format=csv&minPosition=${lastPosition}&waitMs=10000`,
      'analyst',
    );
    const [header, ...rows] = (body as string)
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    const day = header.indexOf('occurredOn');
    const at = header.indexOf('occurredAt');
    expect(rows.map((row) => [row[at], row[day]])).toEqual([
      ['2023-06-25T23:30:00.000Z', '2023-06-26'],
      ['2023-06-27T23:30:00.000Z', '2023-06-28'],
    ]);
  });
});
