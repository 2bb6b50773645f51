import { DemoSeeder, DEMO_PUBLICATION, DEMO_USERS, releasedFigures } from '@ros/demo';
import { TestApi } from './test-api';

/** The value at a dotted path such as `seizures.cash.quantity`; 0 when it is not there. */
const at = (value: any, path: string): number =>
  path.split('.').reduce((node, key) => node?.[key], value) ?? 0;

describe('the demo region, seeded through the command handlers', () => {
  let api: TestApi;
  let firstRun: string[];
  let secondRun: string[];
  let storedAfterFirst: Awaited<ReturnType<TestApi['stored']>>;
  let head: string;
  let eventsBefore: number;

  const seed = async (): Promise<string[]> => {
    const lines: string[] = [];
    await api.provider(DemoSeeder).seed((line) => lines.push(line));
    return lines;
  };
  /** Read-your-writes: a totals route once it includes every event seeded. */
  const totals = async (path: string) => {
    const { status, body } = await api.get(`${path}?minPosition=${head}&waitMs=10000`);
    expect(status).toBe(200);
    expect(body.minPositionReached).toBe(true);
    return body;
  };

  beforeAll(async () => {
    api = await TestApi.start();
    eventsBefore = await api.eventCount();
    firstRun = await seed();
    storedAfterFirst = await api.stored();
    [{ head }] = await api.sql('SELECT max(position)::text AS head FROM events');
    secondRun = await seed();
  }, 180_000);
  afterAll(() => api?.stop());

  it('says what it did, and shows each demo user’s password once', () => {
    expect(firstRun.at(-1)).toMatch(
      /^Demo region: 3 operations registered, 15 phases opened, 14 phases closed, \d+ entries recorded, 4 corrections, 2 retractions, 1 publication, 7 users created$/,
    );
    for (const { username } of DEMO_USERS)
      expect(firstRun.filter((line) => line.includes(username))).toHaveLength(1);
  });

  it('changes nothing the second time, and says so', async () => {
    expect(secondRun).toEqual(['Demo region: already there, nothing changed']);
    expect(await api.stored()).toEqual(storedAfterFirst);
  });

  it('records every write as made by demo, and as demo data', async () => {
    const [{ count, origin }] = await api.sql(
      `SELECT count(*) FILTER (WHERE metadata->>'recordedBy' = 'demo')::int AS count,
              count(*) FILTER (WHERE metadata->>'origin' = 'demo')::int AS origin FROM events`,
    );
    expect(count).toBe(storedAfterFirst.events - eventsBefore);
    expect(origin).toBe(count);
    expect(count).toBeGreaterThan(100);
  });

  it('says which operations are the demo’s, so the dashboard can say it is demo data', async () => {
    const { body } = await api.get('/api/operations');
    expect(body.map(({ id, demo }: any) => ({ id, demo }))).toEqual([
      { id: 'scorpion', demo: true },
      { id: 'viper', demo: true },
      { id: 'ragwort', demo: true },
    ]);
  });

  it('shows each force’s figures for each phase exactly as released', async () => {
    const checked = new Map<string, any>();
    for (const figure of releasedFigures()) {
      const path = `/api/operations/${figure.operation}/phases/${figure.phase}/totals`;
      if (!checked.has(path)) checked.set(path, await totals(path));
      expect({
        ...figure,
        shown: at(checked.get(path).byForce[figure.force], figure.totalsPath),
      }).toEqual({ ...figure, shown: figure.value });
    }
  });

  it('shows figures from the releases themselves (not only from the data file)', async () => {
    const phase = async (operation: string, n: number) =>
      (await totals(`/api/operations/${operation}/phases/${n}/totals`)).byForce;
    const scorpion1 = await phase('scorpion', 1);
    expect(scorpion1['avon-and-somerset']).toMatchObject({ arrests: 64, warrants: 17 });
    expect(scorpion1.gloucestershire).toMatchObject({ arrests: 19, warrants: 11 });
    expect(scorpion1.wiltshire).toMatchObject({ arrests: 20, warrants: 10, countyLinesClosed: 7 });
    expect(scorpion1.wiltshire.seizures.cash.quantity).toBe(12_500);
    const scorpion2 = await phase('scorpion', 2);
    expect(scorpion2['devon-and-cornwall'].arrests).toBe(34);
    expect(scorpion2['devon-and-cornwall'].seizures.cash.quantity).toBe(117_920);
    expect(scorpion2.dorset.arrests).toBe(20);
    const scorpion5 = (await phase('scorpion', 5)).dorset;
    expect(scorpion5).toMatchObject({ warrants: 10, arrests: 14 });
    expect(scorpion5.seizures.firearm.quantity).toBe(1);
    expect(scorpion5.seizures['cannabis-plants'].quantity).toBeLessThan(6_000);
    const scorpion7 = await phase('scorpion', 7);
    expect(scorpion7.dorset).toMatchObject({
      arrests: 37,
      warrants: 15,
      safeguarded: { adults: 14, children: 5 },
    });
    expect(scorpion7.wiltshire).toMatchObject({ arrests: 31, welfareVisits: 79 });
    expect(scorpion7['avon-and-somerset'].seizures.cash.quantity).toBeGreaterThan(25_000);
    expect((await phase('viper', 1)).dorset).toMatchObject({
      arrests: 29,
      warrants: 7,
      safeguarded: { children: 10 },
    });
    expect((await phase('viper', 2)).dorset.countyLinesClosed).toBe(21);
    expect((await phase('ragwort', 1)).wiltshire.vehicleStops).toBe(23);
    expect((await phase('ragwort', 2))['devon-and-cornwall'].vehicleStops).toBeGreaterThan(100);
  });

  it('adds up each force’s figures per operation in the force totals', async () => {
    const expected = new Map<string, number>();
    for (const f of releasedFigures()) {
      const key = `${f.force} ${f.operation} ${f.totalsPath}`;
      expected.set(key, (expected.get(key) ?? 0) + f.value);
    }
    for (const [key, value] of expected) {
      const [force, operation, path] = key.split(' ');
      const { byOperation } = await totals(`/api/forces/${force}/totals`);
      const row = byOperation.find((o: any) => o.operation === operation);
      expect([key, at(row.totals, path)]).toEqual([key, value]);
    }
  });

  it('tags entries with their national week', async () => {
    const { totals: mille } = await totals('/api/tags/mille-2023-06/totals');
    expect(mille).toMatchObject({ warrants: 10, arrests: 14 });
  });

  it('publishes phase 5 before its last correction, so the publication shows drift', async () => {
    const { body } = await api.get('/api/publications');
    const publication = body.find((p: any) => p.title === DEMO_PUBLICATION.title);
    expect(publication.publishedBy).toBe('demo');
    expect(publication.drift).toContainEqual({
      figure: 'byForce.dorset.arrests',
      published: 13,
      current: 14,
    });
  });
});
