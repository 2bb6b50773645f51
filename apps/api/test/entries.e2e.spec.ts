import { randomUUID } from 'node:crypto';
import { arrests, serveScorpionPhase5, warrants } from './fixtures';
import { TestApi } from './test-api';

let api: TestApi;
let entries: string;
serveScorpionPhase5((served) => ({ api, entries } = served));

/** Runs a request that must be refused and checks it stored nothing. */
const refused = async (request: () => Promise<{ status: number; body: any }>) => {
  const before = await api.eventCount();
  const answer = await request();
  expect(await api.eventCount()).toBe(before);
  expect(answer.body).toEqual(
    expect.objectContaining({
      statusCode: answer.status,
      error: expect.any(String),
      message: expect.anything(),
    }),
  );
  return answer;
};

describe('logging an entry', () => {
  it('stores it (201) with who recorded it, and answers its position and stream revision', async () => {
    const entry = warrants(10);
    const { status, body } = await api.post(entries, entry, 'dorset');
    expect(status).toBe(201);
    expect(body).toEqual({
      entryId: entry.entryId,
      operation: 'scorpion',
      phase: 5,
      force: 'dorset',
      position: expect.stringMatching(/^\d+$/),
      streamRevision: expect.any(Number),
    });
    const [stored] = await api.sql('SELECT * FROM events WHERE event_id = $1', [entry.entryId]);
    expect(stored.event_type).toBe('WarrantExecuted');
    // An entry is its own stream, created by its logging.
    expect(stored.stream_name).toBe(`entry-${entry.entryId}`);
    expect(body.streamRevision).toBe(0);
    expect(stored.position).toBe(body.position);
    expect(stored.data).toMatchObject({
      count: 10,
      force: 'dorset',
      operation: 'scorpion',
      phase: 5,
    });
    expect(stored.metadata).toEqual({
      recordedBy: 'dorset',
      recordedAt: expect.any(String),
      correlationId: expect.any(String),
      causationId: expect.any(String),
      schemaVersion: 1,
    });
  });

  it('answers a retry of the same entry with 200 and the first answer, storing nothing new', async () => {
    const entry = arrests(14);
    const first = await api.post(entries, entry, 'dorset');
    const before = await api.eventCount();
    // The same entry, fields in another order and the time written differently.
    const again = await api.post(
      entries,
      { ...entry, occurredAt: '2023-06-28T06:30:00Z' },
      'dorset',
    );
    expect(again).toEqual({ status: 200, body: first.body });
    expect(await api.eventCount()).toBe(before);
  });

  it.each([
    ['tags: []', { tags: [] }],
    ['assistedBy: []', { assistedBy: [] }],
    ['notes: ""', { notes: '' }],
    ['location: ""', { location: '' }],
    ['every empty value at once', { tags: [], assistedBy: [], notes: '', location: '' }],
  ])(
    'answers a retry that differs only by %s as the same entry (200, same position), either way round',
    async (_, empty) => {
      const entry = warrants(4);
      const first = await api.post(entries, entry, 'dorset');
      expect(first.status).toBe(201);
      const before = await api.eventCount();
      // An offline client that serialises what it leaves blank retries the same entry.
      expect(await api.post(entries, { ...entry, ...empty }, 'dorset')).toEqual({
        status: 200,
        body: first.body,
      });
      // And a client that sent the empty values first retries without them.
      const other = { ...warrants(4), ...empty };
      const second = await api.post(entries, other, 'dorset');
      expect(second.status).toBe(201);
      const { tags: _t, assistedBy: _a, notes: _n, location: _l, ...without } = other as any;
      expect(await api.post(entries, without, 'dorset')).toEqual({
        status: 200,
        body: second.body,
      });
      expect(await api.eventCount()).toBe(before + 1);
      // Nothing empty is stored.
      const [stored] = await api.sql('SELECT data FROM events WHERE event_id = $1', [
        other.entryId,
      ]);
      for (const field of Object.keys(empty)) expect(stored.data).not.toHaveProperty(field);
    },
  );

  it('answers a retry of a seizure that differs only by description: "" as the same entry', async () => {
    const seizure = {
      entryId: randomUUID(),
      kind: 'seizure',
      item: 'stolen-property',
      estimatedValueGBP: 250,
      force: 'dorset',
      occurredAt: '2023-06-27T09:00:00.000Z',
    };
    const first = await api.post(entries, seizure, 'dorset');
    expect(first.status).toBe(201);
    expect(await api.post(entries, { ...seizure, description: '' }, 'dorset')).toEqual({
      status: 200,
      body: first.body,
    });
  });

  it('refuses the same entryId with a different body (409)', async () => {
    const entry = warrants(3);
    await api.post(entries, entry, 'dorset');
    const { status } = await refused(() => api.post(entries, { ...entry, count: 4 }, 'dorset'));
    expect(status).toBe(409);
  });

  it('refuses an entryId already used for another force’s entry (409)', async () => {
    const entry = warrants(3, 'dorset');
    await api.post(entries, entry, 'admin');
    const { status } = await refused(() =>
      api.post(entries, { ...entry, force: 'wiltshire' }, 'admin'),
    );
    expect(status).toBe(409);
  });

  it('stores 50 concurrent entries of one force exactly once each, each in its own stream', async () => {
    const batch = Array.from({ length: 50 }, () => warrants(1, 'gloucestershire'));
    const answers = await Promise.all(batch.map((entry) => api.post(entries, entry, 'admin')));
    expect(answers.filter((a) => a.status !== 201).map((a) => a.body)).toEqual([]);
    const rows = await api.sql(
      `SELECT event_id, stream_name, stream_revision FROM events WHERE data->>'force' = 'gloucestershire' AND event_id = ANY($1::uuid[])`,
      [batch.map((e) => e.entryId)],
    );
    expect(rows.map((r) => r.event_id).sort()).toEqual(batch.map((e) => e.entryId).sort());
    for (const row of rows) {
      expect(row.stream_name).toBe(`entry-${row.event_id}`);
      expect(Number(row.stream_revision)).toBe(0);
    }
  });

  it('stores one entry once when its retries race each other', async () => {
    const entry = warrants(2, 'wiltshire');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => api.post(entries, entry, 'wiltshire')),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(19);
    expect(new Set(answers.map((a) => a.body.position)).size).toBe(1);
    expect(await api.sql('SELECT 1 FROM events WHERE event_id = $1', [entry.entryId])).toHaveLength(
      1,
    );
  });

  it.each([['every kind of result', (e: any) => e]])('accepts %s', async () => {
    const common = { force: 'devon-and-cornwall', occurredAt: '2023-06-29T12:00:00Z' };
    const kinds = [
      { kind: 'charge', count: 3 },
      {
        kind: 'seizure',
        item: 'cannabis-plants',
        quantity: 5990,
        unit: 'item',
        estimatedValueGBP: 6_000_000,
      },
      { kind: 'seizure', item: 'class-a-drugs', estimatedValueGBP: 750_000, drug: 'cocaine' },
      { kind: 'seizure', item: 'cash', quantity: 117920, unit: 'GBP' },
      { kind: 'county-line-closure', lineName: 'the "Bobby" line' },
      { kind: 'safeguarding', count: 5, ageGroup: 'child' },
      { kind: 'welfare-visit', count: 79 },
      { kind: 'vehicle-stop', count: 23 },
      { kind: 'engagement' },
      {
        kind: 'disruption',
        category: 'pursue',
        severity: 'major',
        description: 'OCG leadership charged',
      },
    ];
    for (const kind of kinds) {
      const { status, body } = await api.post(
        entries,
        { entryId: randomUUID(), ...common, ...kind },
        'admin',
      );
      expect([kind.kind, status, body.statusCode ? body.message : 'ok']).toEqual([
        kind.kind,
        201,
        'ok',
      ]);
    }
  });
});

describe('bad input is refused with 400, naming the field, and changes nothing', () => {
  const base = () => warrants(1);
  it.each([
    [
      'an unknown field',
      () => ({ ...base(), suspectName: 'J. Bloggs' }),
      'property suspectName should not exist',
    ],
    ['no entryId', () => ({ ...base(), entryId: undefined }), 'entryId must be a UUID'],
    [
      'an entryId that is not a UUID',
      () => ({ ...base(), entryId: '42' }),
      'entryId must be a UUID',
    ],
    ['an unknown kind', () => ({ ...base(), kind: 'raid' }), 'kind must be one of'],
    ['an unknown force', () => ({ ...base(), force: 'kent' }), 'force must be one of'],
    ['a count of 0', () => ({ ...base(), count: 0 }), 'count must not be less than 1'],
    [
      'a count over 1000',
      () => ({ ...base(), count: 1001 }),
      'count must not be greater than 1000',
    ],
    ['a count given as text', () => ({ ...base(), count: '10' }), 'count must be an integer'],
    [
      'a time without a zone',
      () => ({ ...base(), occurredAt: '2023-06-27T09:00:00' }),
      'occurredAt must end with Z',
    ],
    [
      'a date that is not one',
      () => ({ ...base(), occurredAt: 'yesterday' }),
      'occurredAt must be an ISO-8601',
    ],
    [
      'six tags',
      () => ({ ...base(), tags: ['a', 'b', 'c', 'd', 'e', 'f'] }),
      'tags must contain no more than 5',
    ],
    [
      'a tag that is not a slug',
      () => ({ ...base(), tags: ['CLIW 2025'] }),
      'each tag must be a lowercase slug',
    ],
    [
      'notes over 1000 characters',
      () => ({ ...base(), notes: 'x'.repeat(1001) }),
      'notes must be shorter',
    ],
    ['an unknown partner', () => ({ ...base(), assistedBy: ['mi5'] }), 'assistedBy must be one of'],
    [
      'cash counted in kg',
      () => ({
        ...base(),
        kind: 'seizure',
        item: 'cash',
        quantity: 3,
        unit: 'kg',
        count: undefined,
      }),
      'unit must be GBP for cash',
    ],
    [
      'a firearm without a quantity',
      () => ({ ...base(), kind: 'seizure', item: 'firearm', count: undefined }),
      'quantity and unit are required',
    ],
    [
      'half a firearm',
      () => ({
        ...base(),
        kind: 'seizure',
        item: 'firearm',
        quantity: 0.5,
        unit: 'item',
        count: undefined,
      }),
      'whole number',
    ],
    [
      'a safeguarding with no age group',
      () => ({ ...base(), kind: 'safeguarding' }),
      'ageGroup must be one of',
    ],
    [
      'a disruption with no category',
      () => ({ ...base(), kind: 'disruption', severity: 'minor', count: undefined }),
      'category must be one of',
    ],
    ['a body that is a list', () => [base()], 'must be a JSON object'],
  ])('%s', async (_, body, message) => {
    const { status, body: error } = await refused(() => api.post(entries, body(), 'dorset'));
    expect(status).toBe(400);
    expect(JSON.stringify(error.message)).toContain(message);
  });

  it('refuses a body that is not JSON', async () => {
    const { status, body } = await refused(() =>
      api.request('POST', entries, { rawBody: '{"kind": "warrant",' }),
    );
    expect(status).toBe(400);
    expect(body.message).toBe('The request body is not valid JSON');
  });

  it('refuses a body over 1 MB with 413', async () => {
    const { status, body } = await refused(() =>
      api.post(entries, { ...warrants(), notes: 'x'.repeat(1_100_000) }),
    );
    expect(status).toBe(413);
    expect(body.message).toBe('The request body is larger than 1 MB');
  });

  it('refuses a phase number that is not a number', async () => {
    const { status } = await refused(() =>
      api.post('/api/operations/scorpion/phases/five/entries', warrants()),
    );
    expect(status).toBe(400);
  });
});

describe('who may log', () => {
  it('refuses no token and a forged token with 401', async () => {
    expect((await refused(() => api.post(entries, warrants(), null))).status).toBe(401);
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJhZG1pbiJ9.c2lnbmF0dXJl';
    expect(
      (await refused(() => api.request('POST', entries, { body: warrants(), token: forged })))
        .status,
    ).toBe(401);
  });

  it('refuses a coordinator logging for another force (403)', async () => {
    expect(
      (await refused(() => api.post(entries, warrants(1, 'wiltshire'), 'dorset'))).status,
    ).toBe(403);
  });

  it('refuses analysts and PCCs (403)', async () => {
    expect((await refused(() => api.post(entries, warrants(), 'analyst'))).status).toBe(403);
    expect((await refused(() => api.post(entries, warrants(), 'pcc'))).status).toBe(403);
  });
});

describe('domain rules refuse with 404 and 422', () => {
  it('refuses an unknown operation or phase (404)', async () => {
    expect(
      (await refused(() => api.post('/api/operations/nope/phases/5/entries', warrants()))).status,
    ).toBe(404);
    expect(
      (await refused(() => api.post('/api/operations/scorpion/phases/6/entries', warrants())))
        .status,
    ).toBe(404);
  });

  it('refuses an entry from before the phase started (422)', async () => {
    const early = { ...warrants(), occurredAt: '2023-06-25T12:00:00Z' };
    const { status, body } = await refused(() => api.post(entries, early));
    expect([status, body.message]).toEqual([422, expect.stringContaining('phase-not-started')]);
  });

  it('refuses an entry more than 5 minutes in the future (422)', async () => {
    const future = { ...warrants(), occurredAt: new Date(Date.now() + 10 * 60_000).toISOString() };
    const { status, body } = await refused(() => api.post(entries, future));
    expect([status, body.message]).toEqual([422, expect.stringContaining('occurred-in-future')]);
  });

  it('refuses a force that is not in the operation (422)', async () => {
    await api.post('/api/operations', {
      id: 'viper',
      name: 'Operation Viper',
      scope: 'force',
      forces: ['dorset'],
    });
    await api.post('/api/operations/viper/phases', { number: 1, startsOn: '2022-04-01' });
    const { status, body } = await refused(() =>
      api.post('/api/operations/viper/phases/1/entries', warrants(1, 'wiltshire')),
    );
    expect([status, body.message]).toEqual([
      422,
      expect.stringContaining('force-not-in-operation'),
    ]);
  });

  it('refuses an entry for a closed phase (422), yet still answers a retry of one logged before', async () => {
    await api.post('/api/operations', {
      id: 'ragwort',
      name: 'Operation Ragwort',
      scope: 'regional',
      forces: ['dorset', 'wiltshire'],
    });
    await api.post('/api/operations/ragwort/phases', { number: 1, startsOn: '2023-09-01' });
    const path = '/api/operations/ragwort/phases/1/entries';
    const logged = { ...warrants(1), occurredAt: '2023-09-02T10:00:00Z' };
    expect((await api.post(path, logged)).status).toBe(201);
    expect(
      (await api.post('/api/operations/ragwort/phases/1/close', { endsOn: '2023-09-30' })).status,
    ).toBe(200);
    const late = { ...warrants(1), occurredAt: '2023-09-03T10:00:00Z' };
    const { status, body } = await refused(() => api.post(path, late));
    expect([status, body.message]).toEqual([422, expect.stringContaining('phase-closed')]);
    expect((await api.post(path, logged)).status).toBe(200);
  });
});

describe('a batch', () => {
  it('judges each entry as if posted alone', async () => {
    const good = warrants(2);
    const duplicate = warrants(1);
    await api.post(entries, duplicate, 'dorset');
    const { status, body } = await api.post(
      `${entries}/batch`,
      {
        entries: [
          good,
          duplicate,
          { ...warrants(), count: 0 },
          warrants(1, 'wiltshire'),
          { ...duplicate, count: 9 },
        ],
      },
      'dorset',
    );
    expect(status).toBe(200);
    expect(body.results.map((r: any) => r.status)).toEqual([201, 200, 400, 403, 409]);
    expect(body.results[0]).toEqual({
      entryId: good.entryId,
      status: 201,
      position: expect.any(String),
    });
    expect(body.results[2].message).toEqual(['count must not be less than 1']);
  });

  it('answers in the order sent, and takes entries sent with one id one after the other', async () => {
    const entry = warrants(4);
    const others = Array.from({ length: 40 }, () => warrants(1));
    const sent = [entry, ...others, { ...entry }, { ...entry, count: 5 }];
    const { body } = await api.post(`${entries}/batch`, { entries: sent }, 'dorset');
    expect(body.results.map((r: any) => r.entryId)).toEqual(sent.map((e) => e.entryId));
    expect(body.results.map((r: any) => r.status)).toEqual([
      201,
      ...others.map(() => 201),
      200,
      409,
    ]);
    expect(body.results[41].position).toBe(body.results[0].position);
    const stored = await api.sql('SELECT count(*)::int AS n FROM events WHERE event_id = ANY($1)', [
      sent.map((e) => e.entryId),
    ]);
    expect(stored).toEqual([{ n: 41 }]);
  });

  it('stores an import of new entries in one commit, and answers its retry as the first time', async () => {
    const sent = Array.from({ length: 30 }, (_, i) => warrants(1 + (i % 3)));
    const first = await api.post(`${entries}/batch`, { entries: sent }, 'dorset');
    expect(first.body.results.map((r: any) => r.status)).toEqual(sent.map(() => 201));
    // A position is its transaction's id and the event's place in it (global-order.ts).
    const transactions = new Set(
      first.body.results.map((r: any) => BigInt(r.position) >> 20n).map(String),
    );
    expect(transactions.size).toBe(1);
    const retried = await api.post(`${entries}/batch`, { entries: sent }, 'dorset');
    expect(retried.body.results).toEqual(
      first.body.results.map((r: any) => ({ ...r, status: 200 })),
    );
    const stored = await api.sql('SELECT count(*)::int AS n FROM events WHERE event_id = ANY($1)', [
      sent.map((e) => e.entryId),
    ]);
    expect(stored).toEqual([{ n: 30 }]);
  });

  it('refuses more than 1000 entries, storing none', async () => {
    const many = Array.from({ length: 1001 }, () => warrants(1));
    expect((await refused(() => api.post(`${entries}/batch`, { entries: many }))).status).toBe(400);
  });
});

describe('corrections and retractions', () => {
  it('corrects an entry (200) and keeps what it replaced', async () => {
    const entry = arrests(14);
    await api.post(entries, entry, 'dorset');
    const { entryId, ...rest } = entry;
    const { status, body } = await api.post(
      `${entries}/${entryId}/correction`,
      { reason: 'final collated results', entry: { ...rest, count: 15 } },
      'dorset',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      entryId,
      force: 'dorset',
      status: 'corrected',
      position: expect.any(String),
    });
    const events = await api.sql(
      'SELECT event_type, data FROM events WHERE stream_name = $1 AND data->>$2 = $3 ORDER BY position',
      [`entry-${entryId}`, 'entryId', entryId],
    );
    expect(events.map((e) => e.event_type)).toEqual(['ArrestMade', 'EntryCorrected']);
    expect(events[1].data.replacement.count).toBe(15);
  });

  it('reads a correction’s empty values as absent: the same as what is current changes nothing; "" clears a text', async () => {
    const entry = { ...warrants(6), notes: 'from the morning briefing' };
    await api.post(entries, entry, 'dorset');
    const { entryId, ...rest } = entry;
    const correct = (replacement: object) =>
      api.post(
        `${entries}/${entryId}/correction`,
        { reason: 'tidied', entry: replacement },
        'dorset',
      );
    const before = await api.eventCount();
    // What is current, with empty sets and an empty location: a retry, nothing recorded.
    const same = await correct({ ...rest, tags: [], assistedBy: [], location: '' });
    expect(same.status).toBe(200);
    expect(await api.eventCount()).toBe(before);
    // notes: "" says the same as leaving notes out of the full replacement: no notes.
    const cleared = await correct({ ...rest, notes: '' });
    expect(cleared.status).toBe(200);
    const [event] = await api.sql(
      `SELECT data FROM events WHERE stream_name = $1 AND event_type = 'EntryCorrected'`,
      [`entry-${entryId}`],
    );
    expect(event.data.replacement).not.toHaveProperty('notes');
    // Sent again without notes at all: the same replacement, nothing new.
    const { notes: _notes, ...withoutNotes } = rest;
    expect(await correct(withoutNotes)).toEqual(cleared);
    expect(await api.eventCount()).toBe(before + 1);
  });

  it('retracts an entry (200); a repeated retraction changes nothing; a retracted entry cannot be corrected (422)', async () => {
    const entry = warrants(5);
    await api.post(entries, entry, 'dorset');
    const retract = () =>
      api.post(`${entries}/${entry.entryId}/retraction`, { reason: 'logged twice' }, 'dorset');
    const first = await retract();
    expect(first).toEqual({ status: 200, body: expect.objectContaining({ status: 'retracted' }) });
    const before = await api.eventCount();
    expect(await retract()).toEqual(first);
    expect(await api.eventCount()).toBe(before);
    const { entryId, ...rest } = entry;
    const { status } = await refused(() =>
      api.post(`${entries}/${entryId}/correction`, { reason: 'x', entry: rest }, 'dorset'),
    );
    expect(status).toBe(422);
  });

  it('refuses an unknown entry (404), another force’s entry as if unknown (404), and a bad body (400)', async () => {
    const entry = warrants(5);
    await api.post(entries, entry, 'dorset');
    const { entryId, ...rest } = entry;
    expect(
      (await refused(() => api.post(`${entries}/${randomUUID()}/retraction`, { reason: 'x' })))
        .status,
    ).toBe(404);
    expect(
      (
        await refused(() =>
          api.post(`${entries}/${entryId}/retraction`, { reason: 'x' }, 'wiltshire'),
        )
      ).status,
    ).toBe(404); // ids do not tell another force's coordinator what exists
    expect(
      (await refused(() => api.post(`${entries}/${entryId}/retraction`, {}, 'dorset'))).status,
    ).toBe(400);
    expect(
      (
        await refused(() =>
          api.post(`${entries}/${entryId}/correction`, {
            reason: 'x',
            entry: { ...rest, count: -1 },
          }),
        )
      ).status,
    ).toBe(400);
    const seizure = await refused(() =>
      api.post(`${entries}/${entryId}/correction`, {
        reason: 'it was cash',
        entry: { ...rest, count: undefined, kind: 'seizure', item: 'cash', unit: 'GBP' },
      }),
    );
    expect(seizure.body.message).toEqual(['entry.quantity is required when unit is given']);
    expect(
      (
        await refused(() =>
          api.post(`${entries}/${entryId}/correction`, {
            reason: 'x',
            entry: { ...rest, force: 'wiltshire' },
          }),
        )
      ).status,
    ).toBe(422);
  });
});
