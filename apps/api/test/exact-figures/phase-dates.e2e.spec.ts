import { randomUUID } from 'node:crypto';
import { FIVE_FORCES } from '../fixtures';
import { TestApi } from '../test-api';

/** A phase's dates can be put right, and never leave an entry that counts outside them. */
let api: TestApi;
const phase = '/api/operations/dates/phases/1';

beforeAll(async () => {
  api = await TestApi.start();
  await api.post('/api/operations', {
    id: 'dates',
    name: 'Dates',
    scope: 'regional',
    forces: FIVE_FORCES,
  });
  await api.post('/api/operations/dates/phases', { number: 1, startsOn: '2023-06-26' });
}, 60_000);
afterAll(() => api.stop());

const arrest = (occurredAt: string) => ({
  entryId: randomUUID(),
  kind: 'arrest',
  force: 'dorset',
  occurredAt,
});

const refused = async (
  path: string,
  body: unknown,
  status: number,
  rule: RegExp,
  method = 'POST',
) => {
  const before = await api.stored();
  const answer = await api.request(method, path, { body });
  const [message] = [answer.body.message].flat(); // 400s list each field; 422s name one rule
  expect([answer.status, message]).toEqual([status, expect.stringMatching(rule)]);
  expect(await api.stored()).toEqual(before);
};

const phaseNow = async () =>
  (await api.get('/api/operations/dates')).body.phases.find((p: any) => p.number === 1);

describe('closing a phase', () => {
  it('refuses an end date still to come: the phase would be closed at once for ever', async () => {
    await refused(`${phase}/close`, { endsOn: '2099-01-01' }, 422, /^phase-ends-in-future/);
    expect((await phaseNow()).status).toBe('open');
    expect((await api.post(`${phase}/entries`, arrest('2023-06-27T10:00:00Z'))).status).toBe(201);
  });

  it('refuses an end before an entry that still counts, saying how many are after it', async () => {
    expect((await api.post(`${phase}/entries`, arrest('2023-06-29T10:00:00Z'))).status).toBe(201);
    expect((await api.post(`${phase}/entries`, arrest('2023-06-29T12:00:00Z'))).status).toBe(201);
    await refused(
      `${phase}/close`,
      { endsOn: '2023-06-28' },
      422,
      /^entries-after-end: 2 active entries of phase 1 occurred after 2023-06-28 \(the latest on 2023-06-29\)/,
    );
  });

  it('closes on the day of the last entry; entries after it are refused, corrections too', async () => {
    const { status, body } = await api.post(`${phase}/close`, { endsOn: '2023-06-30' });
    expect([status, body.phases[0].status, body.phases[0].endsOn]).toEqual([
      200,
      'closed',
      '2023-06-30',
    ]);
    expect((await api.post(`${phase}/entries`, arrest('2023-06-30T10:00:00Z'))).status).toBe(422);
  });
});

describe('a correction keeps its entry within the phase', () => {
  it('refuses to move an entry after the phase’s end or before its start (422)', async () => {
    const entry = arrest('2023-06-28T10:00:00Z');
    await api.post(`${phase}/reopen`, { reason: 'one more entry' });
    expect((await api.post(`${phase}/entries`, entry)).status).toBe(201);
    await api.post(`${phase}/close`, { endsOn: '2023-06-30' });
    const { entryId, ...body } = entry;
    const correction = `${phase}/entries/${entryId}/correction`;
    await refused(
      correction,
      { reason: 'typo', entry: { ...body, occurredAt: '2023-06-30T23:30:00Z' } }, // 00:30 BST, 1 July
      422,
      /^phase-ended/,
    );
    await refused(
      correction,
      { reason: 'typo', entry: { ...body, occurredAt: '2023-06-25T10:00:00Z' } },
      422,
      /^phase-not-started/,
    );
    const inside = { reason: 'typo', entry: { ...body, occurredAt: '2023-06-30T22:30:00Z' } };
    expect((await api.post(correction, inside)).status).toBe(200);
  });
});

describe('reopening a phase and amending its dates', () => {
  it('reopens a closed phase with a reason (an event), and a second reopening is a retry', async () => {
    const before = await api.eventCount();
    const { status, body } = await api.post(`${phase}/reopen`, { reason: 'closed too early' });
    expect([status, body.phases[0].status, body.phases[0].endsOn]).toEqual([200, 'open', null]);
    expect((await api.post(`${phase}/reopen`, { reason: 'again' })).status).toBe(200);
    expect(await api.eventCount()).toBe(before + 1);
    const [event] = await api.sql(
      `SELECT data, metadata FROM events WHERE event_type = 'PhaseReopened' ORDER BY position DESC LIMIT 1`,
    );
    expect(event.data).toEqual({ operation: 'dates', phase: 1, reason: 'closed too early' });
    expect(event.metadata.recordedBy).toBe('admin');
    expect((await api.post(`${phase}/entries`, arrest('2023-07-01T10:00:00Z'))).status).toBe(201);
  });

  it('refuses a reopening or an amendment without a reason (400), and from anyone but an admin (403)', async () => {
    await refused(`${phase}/reopen`, {}, 400, /reason must be/);
    await refused(phase, { startsOn: '2023-06-20' }, 400, /reason must be/, 'PATCH');
    const asCoordinator = await api.request('PATCH', phase, {
      as: 'dorset',
      body: { startsOn: '2023-06-20', reason: 'x' },
    });
    expect(asCoordinator.status).toBe(403);
  });

  it('amends the start of an open phase, but not so that an entry falls before it', async () => {
    await refused(
      phase,
      { startsOn: '2023-06-28', reason: 'from the release' },
      422,
      /^entries-before-start: 1 active entry of phase 1 occurred before 2023-06-28/,
      'PATCH',
    );
    await refused(phase, { endsOn: '2023-07-02', reason: 'x' }, 422, /^phase-open/, 'PATCH');
    const { status, body } = await api.request('PATCH', phase, {
      body: { startsOn: '2023-06-19', reason: 'the week started a week earlier' },
    });
    expect([status, body.phases[0].startsOn]).toEqual([200, '2023-06-19']);
  });

  it('amends the end of a closed phase, within today and its entries', async () => {
    await api.post(`${phase}/close`, { endsOn: '2023-07-01' });
    await refused(
      phase,
      { endsOn: '2099-12-31', reason: 'x' },
      422,
      /^phase-ends-in-future/,
      'PATCH',
    );
    await refused(phase, { endsOn: '2023-06-30', reason: 'x' }, 422, /^entries-after-end/, 'PATCH');
    await refused(
      phase,
      { endsOn: '2023-13-01', reason: 'x' },
      400,
      /endsOn must be a real date/,
      'PATCH',
    );
    const { status, body } = await api.request('PATCH', phase, {
      body: { endsOn: '2023-07-09', reason: 'the final release says 9 July' },
    });
    expect([status, body.phases[0].endsOn, body.phases[0].status]).toEqual([
      200,
      '2023-07-09',
      'closed',
    ]);
  });
});
