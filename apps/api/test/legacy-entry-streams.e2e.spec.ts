import {
  CURRENT_SCHEMA_VERSIONS,
  entriesStream,
  entryLogged,
  type EntryDetails,
  type EntryEvent,
  type ForceId,
} from '@ros/domain';
import { PostgresEventStore } from '@ros/event-store';
import { arrests, registerScorpionPhase5, serveScorpionPhase5, warrants } from './fixtures';
import type { Answer, TestApi } from './test-api';

/**
 * A data directory from a release that kept a force's entries of a phase in one stream
 * (`entries-<op>_<phase>_<force>`) keeps working: its events stay where they are, its
 * entries are retried, corrected and retracted over the API, and they count, beside
 * entries logged since, which have streams of their own.
 */
let api: TestApi;
let entries: string;
serveScorpionPhase5((served) => ({ api, entries } = served));

const ref = { operation: 'scorpion', phase: 5 };
const A = warrants(10, 'dorset');
const B = arrests(14, 'dorset');
const C = warrants(3, 'dorset');
const D = warrants(7, 'wiltshire');
const { entryId: _a, ...aDetails } = A;
const { entryId: _c, ...cDetails } = C;

/** Appends events as the earlier release did: to the force's stream of the phase, at its revision. */
const storeAsEarlierRelease = async (force: ForceId, events: EntryEvent[], ids: string[]) => {
  const store = new PostgresEventStore({ connectionString: api.database.url });
  try {
    const { positions } = await store.appendToStream(
      entriesStream('scorpion', 5, force),
      events.map((event, i) => ({
        id: ids[i],
        type: event.type,
        data: event.data as unknown as Record<string, unknown>,
        metadata: {
          schemaVersion: CURRENT_SCHEMA_VERSIONS[event.type],
          recordedBy: 'old-release',
          recordedAt: '2023-06-28T12:00:00.000Z',
        },
      })),
      { expectedRevision: 'no_stream' },
    );
    return positions.map(String);
  } finally {
    await store.close();
  }
};

const logged = ({ entryId, ...details }: { entryId: string }) =>
  entryLogged(ref, entryId, details as unknown as EntryDetails);

let positionOfA: string;
beforeAll(async () => {
  const correctionOfC: EntryEvent = {
    type: 'EntryCorrected',
    data: {
      ...ref,
      entryId: C.entryId,
      force: 'dorset',
      reason: 'final figures',
      replacement: { ...cDetails, count: 5 } as EntryDetails,
    },
  };
  [positionOfA] = await storeAsEarlierRelease(
    'dorset',
    [logged(A), logged(B), logged(C), correctionOfC],
    [A.entryId, B.entryId, C.entryId, '2b0a3f7e-9a55-4c4e-8f00-6a2b1c3d4e5f'],
  );
  await storeAsEarlierRelease('wiltshire', [logged(D)], [D.entryId]);
});

const unchanged = async (request: () => Promise<Answer>, status: number) => {
  const before = await api.eventCount();
  const answer = await request();
  expect(answer.status).toBe(status);
  expect(await api.eventCount()).toBe(before);
  return answer;
};

describe('an entry an earlier release logged', () => {
  it('answers its retry with 200 and where it first landed, storing nothing', async () => {
    const { body } = await unchanged(() => api.post(entries, A, 'dorset'), 200);
    expect(body).toEqual({
      entryId: A.entryId,
      ...ref,
      force: 'dorset',
      position: positionOfA,
      streamRevision: 0,
    });
  });

  it('refuses its id with another body (409), and another force’s entry’s id (409)', async () => {
    await unchanged(() => api.post(entries, { ...A, count: 11 }, 'dorset'), 409);
    await unchanged(() => api.post(entries, { ...D, force: 'dorset' }, 'dorset'), 409);
  });

  it('is corrected and retracted in the stream that holds it', async () => {
    const correction = await api.post(
      `${entries}/${A.entryId}/correction`,
      { reason: 'final figures', entry: { ...aDetails, count: 12 } },
      'dorset',
    );
    expect(correction.body).toMatchObject({ status: 'corrected', streamRevision: 4 });
    const retract = () =>
      api.post(`${entries}/${B.entryId}/retraction`, { reason: 'logged twice' }, 'dorset');
    const retraction = await retract();
    expect(retraction.body).toMatchObject({ status: 'retracted', streamRevision: 5 });
    expect(await unchanged(retract, 200)).toEqual(retraction);
    const stored = await api.sql(
      `SELECT stream_revision, event_type FROM events WHERE stream_name = $1 ORDER BY stream_revision`,
      [entriesStream('scorpion', 5, 'dorset')],
    );
    expect(stored.map((e) => [Number(e.stream_revision), e.event_type])).toEqual([
      [0, 'WarrantExecuted'],
      [1, 'ArrestMade'],
      [2, 'WarrantExecuted'],
      [3, 'EntryCorrected'],
      [4, 'EntryCorrected'],
      [5, 'EntryRetracted'],
    ]);
    expect(await api.sql(`SELECT 1 FROM events WHERE stream_name LIKE 'entry-%'`)).toEqual([]);
  });

  it('is unknown (404) to another force’s coordinator, and under another operation', async () => {
    const change = { reason: 'final figures', entry: { ...cDetails, count: 6 } };
    await unchanged(() => api.post(`${entries}/${C.entryId}/correction`, change, 'wiltshire'), 404);
    const viper = await registerScorpionPhase5(api, 'viper');
    await unchanged(() => api.post(`${viper}/${C.entryId}/correction`, change, 'dorset'), 404);
  });
});

describe('entries of both layouts together', () => {
  const E = warrants(2, 'dorset');

  it('logs a new entry in a stream of its own, in a batch beside a retried earlier one', async () => {
    const { body } = await api.post(`${entries}/batch`, { entries: [C, E] }, 'dorset');
    expect(body.results.map((r: { status: number }) => r.status)).toEqual([200, 201]);
    const [stored] = await api.sql(`SELECT stream_name FROM events WHERE event_id = $1`, [
      E.entryId,
    ]);
    expect(stored.stream_name).toBe(`entry-${E.entryId}`);
  });

  it('counts both in the phase’s totals', async () => {
    const [{ head }] = await api.sql(`SELECT max(position)::text AS head FROM events`);
    const { body } = await api.get(
      `/api/operations/scorpion/phases/5/totals?minPosition=${head}&waitMs=10000`,
      'analyst',
    );
    // A corrected to 12, C corrected to 5, D 7, E 2; B retracted.
    expect(body.totals).toMatchObject({ entries: 4, warrants: 26, arrests: 0 });
  });

  it('keeps a phase’s dates around the entries that count, whichever layout holds them', async () => {
    const close = await unchanged(
      () => api.post('/api/operations/scorpion/phases/5/close', { endsOn: '2023-06-26' }),
      422,
    );
    expect(close.body.message).toMatch(
      /^entries-after-end: 4 active entries of phase 5 occurred after 2023-06-26/,
    );
  });
});
