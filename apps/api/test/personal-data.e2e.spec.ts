import { randomUUID } from 'node:crypto';
import { serveScorpionPhase5, warrants } from './fixtures';
import { TestApi } from './test-api';

let api: TestApi;
let entries: string;
serveScorpionPhase5((served) => ({ api, entries } = served));

/** The tracker keeps counts and categories, not people: free text holding a person is 400. */
describe('free text that plainly holds personal data', () => {
  const PERSONAL = [
    ['an email address', 'tip-off from j.smith@example.co.uk'],
    ['a phone number', 'runner’s phone 07912 345678'],
    ['a full postcode', 'address BS1 6AA'],
    ['a National Insurance number', 'suspect JT 12 34 56 C'],
    ['a date of birth', 'DOB 12/03/1990'],
    // Hidden by zero-width characters or full-width forms: judged as a reader sees the text.
    ['an email address', 'x\u200b@\u200bexample.com'],
    ['an email address', 'a＠b.com'],
    ['a phone number', 'runner’s phone ０７９１２\u200b３４５６７８'],
  ] as const;
  const because = (field: string, found: string) =>
    `${field} looks like it holds ${found}: the tracker keeps counts, not people`;

  it.each(PERSONAL)(
    'refuses an entry whose notes hold %s, storing nothing',
    async (found, notes) => {
      const before = await api.stored();
      const answer = await api.post(entries, { ...warrants(2), notes }, 'dorset');
      expect(answer).toEqual({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: [because('notes', found)],
          requestId: expect.any(String),
        },
      });
      expect(await api.stored()).toEqual(before);
    },
  );

  it('refuses each free-text field by name: location, description, lineName, drug', async () => {
    const seizure = {
      ...warrants(1),
      kind: 'seizure',
      item: 'class-a-drugs',
      estimatedValueGBP: 200,
      location: 'TQ1 2BG',
      description: 'phone found, 07912 345678',
      drug: 'ring 07912345678',
    };
    delete (seizure as { count?: number }).count;
    const line = { ...warrants(1), kind: 'county-line-closure', lineName: 'bob@example.com' };
    delete (line as { count?: number }).count;
    const before = await api.stored();
    expect((await api.post(entries, seizure, 'dorset')).body.message).toEqual([
      because('location', 'a full postcode'),
      because('description', 'a phone number'),
      because('drug', 'a phone number'),
    ]);
    expect((await api.post(entries, line, 'dorset')).body.message).toEqual([
      because('lineName', 'an email address'),
    ]);
    expect(await api.stored()).toEqual(before);
  });

  it('refuses a correction whose entry or reason holds one, storing nothing', async () => {
    const { entryId, ...logged } = warrants(3);
    expect((await api.post(entries, { entryId, ...logged }, 'dorset')).status).toBe(201);
    const before = await api.stored();
    const inNotes = await api.post(
      `${entries}/${entryId}/correction`,
      { reason: 'final figures', entry: { ...logged, notes: 'call 0117 496 0123' } },
      'dorset',
    );
    expect(inNotes.status).toBe(400);
    expect(inNotes.body.message).toEqual([because('entry.notes', 'a phone number')]);
    const inReason = await api.post(
      `${entries}/${entryId}/retraction`,
      { reason: 'duplicate, see j.smith@example.co.uk' },
      'dorset',
    );
    expect(inReason.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [because('reason', 'an email address')],
      requestId: expect.any(String),
    });
    expect(await api.stored()).toEqual(before);
  });

  it('refuses a batch entry that holds one (its result is 400) and logs the others', async () => {
    const clean = warrants(4);
    const personal = { ...warrants(5), notes: 'NI ab123456d' };
    const before = await api.stored();
    const answer = await api.post(`${entries}/batch`, { entries: [personal, clean] }, 'dorset');
    expect(answer.status).toBe(200);
    expect(answer.body.results).toEqual([
      {
        entryId: personal.entryId,
        status: 400,
        message: [because('notes', 'a National Insurance number')],
      },
      expect.objectContaining({ entryId: clean.entryId, status: 201 }),
    ]);
    expect(await api.stored()).toEqual({ ...before, events: before.events + 1 });
  });

  it('accepts ordinary notes: districts, the operation’s dates, counts and references', async () => {
    const ordinary = {
      ...warrants(6),
      notes:
        'Week of action 26/06/2023 to 02/07/2023: dawn raids in BS1 and BS5, A30 2nd stop; crime ref 54230012345',
      location: 'Bristol BS1',
    };
    const answer = await api.post(entries, ordinary, 'dorset');
    expect(answer.status).toBe(201);
    const line = {
      ...warrants(1),
      entryId: randomUUID(),
      kind: 'county-line-closure',
      lineName: 'Tommy line',
    };
    delete (line as { count?: number }).count;
    expect((await api.post(entries, line, 'dorset')).status).toBe(201);
  });
});

/** Admins' text is shown to analysts and PCCs and published: the same rule holds for it. */
describe('admins’ free text that plainly holds personal data', () => {
  const because = (field: string, found: string) =>
    `${field} looks like it holds ${found}: the tracker keeps counts, not people`;

  it('refuses each field by name, storing nothing', async () => {
    const refusals: [string, string, unknown, string][] = [
      [
        'POST',
        '/api/operations',
        {
          id: 'viper',
          name: 'Operation Viper',
          scope: 'force',
          forces: ['dorset'],
          description: 'lead: j.smith@example.co.uk',
        },
        because('description', 'an email address'),
      ],
      [
        'POST',
        '/api/operations',
        { id: 'viper', name: 'Viper 07912 345678', scope: 'force', forces: ['dorset'] },
        because('name', 'a phone number'),
      ],
      [
        'POST',
        '/api/operations/scorpion/phases',
        { number: 6, startsOn: '2023-10-02', name: 'Phase 6, HQ BS1 6AA' },
        because('name', 'a full postcode'),
      ],
      [
        'PATCH',
        '/api/operations/scorpion/phases/5',
        { startsOn: '2023-06-25', reason: 'as told by DOB 12/03/1990' },
        because('reason', 'a date of birth'),
      ],
      [
        'PUT',
        '/api/forces/dorset/population',
        { population: 790000, source: 'survey by JT 12 34 56 C' },
        because('source', 'a National Insurance number'),
      ],
      [
        'POST',
        '/api/publications',
        { title: 'Scorpion 5, ask 0117 496 0123' },
        because('title', 'a phone number'),
      ],
    ];
    const before = await api.stored();
    for (const [method, path, body, message] of refusals) {
      const answer = await api.request(method, path, { body });
      expect({ path, status: answer.status, message: answer.body.message }).toEqual({
        path,
        status: 400,
        message: [message],
      });
    }
    expect(await api.stored()).toEqual(before);
  });

  it('refuses a reopening’s reason, and accepts ordinary admin text', async () => {
    const closed = await api.post('/api/operations/scorpion/phases/5/close', {
      endsOn: '2023-07-02',
    });
    expect(closed.status).toBe(200);
    const before = await api.stored();
    const reopen = await api.post('/api/operations/scorpion/phases/5/reopen', {
      reason: 'email from j.smith@example.co.uk',
    });
    expect(reopen.status).toBe(400);
    expect(reopen.body.message).toEqual([because('reason', 'an email address')]);
    expect(await api.stored()).toEqual(before);
    const ordinary = await api.post('/api/operations/scorpion/phases/5/reopen', {
      reason: 'late returns from BS1 and TQ1, week of 26/06/2023',
    });
    expect(ordinary.status).toBe(200);
  });
});
