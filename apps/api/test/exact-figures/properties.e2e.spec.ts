import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { BOUNDS, entryBody, FORCES, text } from '../../../../libs/testing/src/entry-arbitraries';
import { oracleTotals, ukDayOf, type OracleEntry } from '../../../../libs/testing/src/oracle';
import { TestApi } from '../test-api';

/**
 * The promise behind every figure: whatever the write side accepts, every projection can
 * count, exactly. Random valid entries, corrections and retractions, biased to every bound,
 * go through the real API and projector; after each run nothing is parked and every totals
 * route equals the independent oracle. Values one step past each bound are refused (400)
 * and store nothing.
 *
 * A fixed seed and few runs keep `npm test` quick and repeatable; for a longer hunt:
 *   PROPERTY_RUNS=300 PROPERTY_SEED=$RANDOM npx jest properties
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 20);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261122);
const SETTINGS = { numRuns: RUNS, seed: SEED, endOnFailure: true };

let api: TestApi;
let lastPosition = '0';
const logged: OracleEntry[] = [];
// Phase 1 starts on the first day the tracker accepts; phase 999 on the day clocks went back.
const PHASES = { 1: '2000-01-01T00:00:00.000Z', 999: '2024-10-26T23:00:00.000Z' } as const;
const NOW = new Date(Date.now() - 60_000);

beforeAll(async () => {
  api = await TestApi.start();
  await api.post('/api/operations', {
    id: 'props',
    name: 'Properties',
    scope: 'regional',
    forces: FORCES,
  });
  await api.post('/api/operations/props/phases', { number: 1, startsOn: '2000-01-01' });
  await api.post('/api/operations/props/phases', { number: 999, startsOn: '2024-10-27' });
}, 60_000);
afterAll(() => api.stop());

const entries = (phase: number) => `/api/operations/props/phases/${phase}/entries`;
const bodies = fc.record({
  1: entryBody(FORCES, PHASES[1], NOW),
  999: entryBody(FORCES, PHASES[999], NOW),
});

type Step =
  | { log: 1 | 999; bodies: Record<number, Record<string, any>> }
  | { correct: number; bodies: Record<number, Record<string, any>> }
  | { retract: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ log: fc.constantFrom(1 as const, 999 as const), bodies }) },
  { weight: 2, arbitrary: fc.record({ correct: fc.nat(), bodies }) },
  { weight: 1, arbitrary: fc.record({ retract: fc.nat() }) },
);

const counted = () => logged.filter((e) => !e.retracted);

const perform = async (s: Step) => {
  if ('log' in s) {
    const body = { entryId: randomUUID(), ...s.bodies[s.log] };
    const answer = await api.post(entries(s.log), body, 'admin');
    expect([answer.status, answer.body.message]).toEqual([201, undefined]);
    logged.push({
      entryId: body.entryId,
      operation: 'props',
      phase: s.log,
      body,
      retracted: false,
    });
    lastPosition = answer.body.position;
    return;
  }
  const candidates = counted();
  if (candidates.length === 0) return;
  const entry = candidates[('correct' in s ? s.correct : s.retract) % candidates.length];
  const path = `${entries(entry.phase)}/${entry.entryId}`;
  if ('correct' in s) {
    const replacement = { ...s.bodies[entry.phase], force: entry.body.force };
    const answer = await api.post(`${path}/correction`, { reason: 'recount', entry: replacement });
    expect([answer.status, answer.body.message]).toEqual([200, undefined]);
    entry.body = { entryId: entry.entryId, ...replacement };
    lastPosition = answer.body.position;
  } else {
    const answer = await api.post(`${path}/retraction`, { reason: 'logged twice' });
    expect(answer.status).toBe(200);
    entry.retracted = true;
    lastPosition = answer.body.position;
  }
};

const read = async (path: string) => {
  const join = path.includes('?') ? '&' : '?';
  const { status, body } = await api.get(
    `${path}${join}minPosition=${lastPosition}&waitMs=10000`,
    'analyst',
  );
  expect([path, status, body.minPositionReached]).toEqual([path, 200, true]);
  return body;
};

const where = (keep: (e: OracleEntry) => boolean, from = logged) => oracleTotals(from.filter(keep));
const copy = (entries: OracleEntry[]) => entries.map((e) => ({ ...e, body: { ...e.body } }));

/** Every totals route, against the oracle. */
const assertEveryRouteEqualsTheOracle = async (before: OracleEntry[], knownAt: string) => {
  for (const phase of [1, 999]) {
    const body = await read(`/api/operations/props/phases/${phase}/totals`);
    expect(body.totals).toEqual(where((e) => e.phase === phase));
    for (const force of FORCES)
      expect(body.byForce[force]).toEqual(
        where((e) => e.phase === phase && e.body.force === force),
      );
  }
  const operation = await read('/api/operations/props/totals');
  expect(operation.totals).toEqual(where(() => true));
  for (const force of FORCES) {
    const body = await read(`/api/forces/${force}/totals`);
    expect(body.totals).toEqual(where((e) => e.body.force === force));
  }
  const tags = [...new Set(logged.flatMap((e) => e.body.tags ?? []))].slice(0, 3);
  for (const tag of tags) {
    const body = await read(`/api/tags/${tag}/totals`);
    expect(body.totals).toEqual(where((e) => (e.body.tags ?? []).includes(tag)));
  }
  for (const [from, to] of [
    ['2024-10-27', '2024-10-27'],
    ['2000-01-01', '2012-12-31'],
  ]) {
    const body = await read(`/api/summary?from=${from}&to=${to}`);
    const day = (e: OracleEntry) => ukDayOf(e.body.occurredAt);
    expect([from, to, body.regional]).toEqual([
      from,
      to,
      where((e) => day(e) >= from && day(e) <= to),
    ]);
  }
  const asKnown = await read(`/api/summary?asOf=${knownAt}`);
  expect(asKnown.regional).toEqual(where(() => true, before));
  const health = await api.get('/api/health', null);
  expect([health.body.status, health.body.parkedEvents]).toEqual(['ok', 0]);
};

describe('whatever the write side accepts, every projection counts exactly', () => {
  it('holds for random entries, corrections and retractions at and within every bound', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 5, maxLength: 15, size: 'medium' }),
        async (steps) => {
          const before = copy(logged);
          const knownAt = new Date().toISOString();
          await new Promise((resolve) => setTimeout(resolve, 2)); // recorded strictly after knownAt
          for (const s of steps) await perform(s);
          await assertEveryRouteEqualsTheOracle(before, knownAt);
        },
      ),
      SETTINGS,
    );
  }, 300_000);
});

/** One step past a bound, applied to an otherwise valid entry. */
const PAST_A_BOUND: [string, (body: Record<string, any>) => Record<string, any>][] = [
  ['a count of 1001', (b) => ({ ...facts(b), kind: 'warrant', count: BOUNDS.count + 1 })],
  ['a count of 0', (b) => ({ ...facts(b), kind: 'arrest', count: 0 })],
  [
    '10,001 vehicles',
    (b) => ({ ...facts(b), kind: 'vehicle-stop', count: BOUNDS.vehicleStops + 1 }),
  ],
  [
    '£100,000,000.01 cash',
    (b) => seizure(b, { item: 'cash', unit: 'GBP', quantity: BOUNDS.pounds + 0.01 }),
  ],
  [
    'cash to a tenth of a penny',
    (b) => seizure(b, { item: 'cash', unit: 'GBP', quantity: 12.345 }),
  ],
  [
    '10,000,000.001 g',
    (b) => seizure(b, { item: 'class-a-drugs', unit: 'g', quantity: BOUNDS.grams + 0.001 }),
  ],
  [
    '10,000.001 kg',
    (b) => seizure(b, { item: 'class-b-drugs', unit: 'kg', quantity: BOUNDS.kilograms + 0.001 }),
  ],
  [
    'a tenth of a milligram',
    (b) => seizure(b, { item: 'class-c-drugs', unit: 'g', quantity: 0.0001 }),
  ],
  [
    '1,000,001 plants',
    (b) => seizure(b, { item: 'cannabis-plants', unit: 'item', quantity: BOUNDS.items + 1 }),
  ],
  [
    'a value of £1,000,000,000.01',
    (b) => seizure(b, { item: 'class-a-drugs', estimatedValueGBP: BOUNDS.estimatedValue + 0.01 }),
  ],
  ['a value of -£0.01', (b) => seizure(b, { item: 'class-a-drugs', estimatedValueGBP: -0.01 })],
  ['six tags', (b) => ({ ...b, tags: ['a', 'b', 'c', 'd', 'e', 'f'] })],
  ['a tag of 65 characters', (b) => ({ ...b, tags: ['x'.repeat(BOUNDS.tagLength + 1)] })],
  ['a tag twice', (b) => ({ ...b, tags: ['mille', 'mille'] })],
  ['notes of 1001 characters', (b) => ({ ...b, notes: `${'n'.repeat(BOUNDS.notes)}🔒` })],
  ['a location of 101 characters', (b) => ({ ...b, location: 'l'.repeat(BOUNDS.location + 1) })],
  [
    'a drug named in 41 characters',
    (b) =>
      seizure(b, {
        item: 'class-a-drugs',
        estimatedValueGBP: 1,
        drug: 'd'.repeat(BOUNDS.drug + 1),
      }),
  ],
  [
    'a description of 501 characters',
    (b) => ({
      ...facts(b),
      kind: 'disruption',
      category: 'pursue',
      severity: 'minor',
      description: 'd'.repeat(BOUNDS.description + 1),
    }),
  ],
  [
    'a line name of 101 characters',
    (b) => ({
      ...facts(b),
      kind: 'county-line-closure',
      lineName: 'x'.repeat(BOUNDS.lineName + 1),
    }),
  ],
  [
    'an occurrence a millisecond before 2000',
    (b) => ({ ...b, occurredAt: '1999-12-31T23:59:59.999Z' }),
  ],
  ['an occurrence in 2100', (b) => ({ ...b, occurredAt: '2100-01-01T00:00:00.000Z' })],
];
const COMMON = ['force', 'occurredAt', 'notes', 'location', 'tags', 'assistedBy'];
/** The entry without its kind's own fields. */
const facts = (body: Record<string, any>) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => COMMON.includes(key)));
const seizure = (body: Record<string, any>, fields: Record<string, unknown>) => ({
  ...facts(body),
  kind: 'seizure',
  ...fields,
});

describe('one step past any bound', () => {
  it('is refused with 400, naming the field, and nothing is stored', async () => {
    await fc.assert(
      fc.asyncProperty(
        entryBody(FORCES, PHASES[1], NOW),
        fc.constantFrom(...PAST_A_BOUND),
        fc.constantFrom(1, 999, 1000, 0),
        async (body, [what, pastABound], phase) => {
          const before = await api.stored();
          const valid = phase === 1 || phase === 999;
          const path = `/api/operations/props/phases/${phase}/entries`;
          const answer = await api.post(path, {
            entryId: randomUUID(),
            ...(valid ? pastABound(body) : body),
          });
          expect([what, phase, answer.status]).toEqual([what, phase, 400]);
          expect(await api.stored()).toEqual(before);
        },
      ),
      { ...SETTINGS, numRuns: RUNS * 6 },
    );
  }, 300_000);

  it('is refused in a correction too, and nothing is stored', async () => {
    const entry = {
      entryId: randomUUID(),
      kind: 'warrant',
      count: 1,
      force: 'dorset',
      occurredAt: '2020-01-01T10:00:00Z',
    };
    expect((await api.post(entries(1), entry)).status).toBe(201);
    await fc.assert(
      fc.asyncProperty(
        entryBody(['dorset'], PHASES[1], NOW),
        fc.constantFrom(...PAST_A_BOUND),
        text(BOUNDS.reason + 1).filter((r) => [...r].length > BOUNDS.reason),
        async (body, [what, pastABound], longReason) => {
          const before = await api.stored();
          const path = `${entries(1)}/${entry.entryId}/correction`;
          const past = await api.post(path, { reason: 'recount', entry: pastABound(body) });
          const tooLong = await api.post(path, { reason: longReason, entry: body });
          expect([what, past.status, tooLong.status]).toEqual([what, 400, 400]);
          expect(await api.stored()).toEqual(before);
        },
      ),
      { ...SETTINGS, numRuns: RUNS * 2 },
    );
  }, 300_000);
});
