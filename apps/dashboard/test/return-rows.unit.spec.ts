import { randomUUID } from 'node:crypto';
import { parseReturn } from '../src/coordinator/batch/parse-return';

/** A pasted return's rows: the entries they send, each problem named by its column. */
const NOW = new Date('2024-01-01T12:00:00Z');
const HEADER = 'kind,count,occurredAt,offence,ageGroup,item,quantity,unit,estimatedValueGBP,tags';

const ids = new Map<string, string>();
const idFor = (entry: object, occurrence: number) => {
  const key = `${occurrence}|${JSON.stringify(entry)}`;
  if (!ids.has(key)) ids.set(key, randomUUID());
  return ids.get(key)!;
};
const read = (...rows: string[]) => parseReturn([HEADER, ...rows].join('\n'), 'dorset', NOW, idFor);

it('reads good rows as the entries the batch takes, UK times as UTC, for the own force', () => {
  const { rows, problem } = read(
    'arrest,14,2023-06-28 07:30,drug-supply,,,,,,mille cliw-2023-06',
    'safeguarding,2,01/12/2023 10:00,,child,,,,,',
    'seizure,,2023-06-28T10:00:00+01:00,,,cash,"1,250.50",,,',
    'seizure,,2023-06-28 11:00,,,class-a-drugs,,,"£20,000",',
  );
  expect(problem).toBeNull();
  expect(rows.map((row) => row.problems)).toEqual([[], [], [], []]);
  const [arrest, safeguarding, cash, drugs] = rows.map(({ entry }) => {
    const { entryId, ...rest } = entry!;
    expect(entryId).toMatch(/^[0-9a-f-]{36}$/);
    return rest;
  });
  expect(arrest).toEqual({
    force: 'dorset',
    kind: 'arrest',
    occurredAt: '2023-06-28T06:30:00.000Z', // 07:30 BST
    count: 14,
    offence: 'drug-supply',
    tags: ['mille', 'cliw-2023-06'],
  });
  expect(safeguarding).toMatchObject({ occurredAt: '2023-12-01T10:00:00.000Z', ageGroup: 'child' });
  expect(cash).toMatchObject({ item: 'cash', quantity: 1250.5, unit: 'GBP' }); // the unit implied
  expect(drugs).toMatchObject({ item: 'class-a-drugs', estimatedValueGBP: 20000 });
  expect(drugs).not.toHaveProperty('quantity');
});

it('names the column and the reason of each problem, and sends nothing for that row', () => {
  const { rows } = read(
    'arest,1,2023-06-28 07:30,,,,,,,',
    'arrest,0,2023-06-28 07:30,,,,,,,',
    'warrant,1,2023-06-28 07:30,drug-supply,,,,,,',
    'safeguarding,1,2023-06-28 07:30,,,,,,,',
    'seizure,,2023-06-28 07:30,,,class-a-drugs,2,item,,',
    'arrest,1,tomorrow,,,,,,,Mille',
    'arrest,1,2024-01-01 12:06,,,,,,,', // six minutes ahead, in GMT
    'arrest,1',
  );
  expect(rows.map((row) => row.entry)).toEqual(rows.map(() => null));
  expect(rows.map((row) => row.problems)).toEqual([
    [expect.stringMatching(/^kind: "arest" is not one of arrest, warrant/)],
    ['count: a whole number from 1 to 1,000'],
    ['offence: not for a warrant row; leave it empty'],
    ['ageGroup: required, one of child, adult'],
    ['unit: class-a-drugs is measured in g, kg'],
    [
      expect.stringMatching(/^occurredAt: write it as 2023-06-28 07:30/),
      'tags: "Mille" is not a lowercase slug of at most 64 characters',
    ],
    ['occurredAt: is in the future'],
    ['the row has 2 cells and the header 10', 'occurredAt: required'],
  ]);
});

it('keeps each row’s entryId when read again, rows around it removed, and tells twins apart', () => {
  const first = read(
    'arrest,1,2023-06-28 07:30,,,,,,,',
    'arrest,0,2023-06-28 07:30,,,,,,,',
    'warrant,2,2023-06-28 08:00,,,,,,,',
    'warrant,2,2023-06-28 08:00,,,,,,,',
  );
  const again = read(
    'arrest,1,2023-06-28 07:30,,,,,,,',
    'warrant,2,2023-06-28 08:00,,,,,,,',
    'warrant,2,2023-06-28 08:00,,,,,,,',
  );
  const idsOf = (rows: typeof first.rows) =>
    rows.flatMap((row) => (row.entry ? [row.entry.entryId] : []));
  expect(idsOf(again.rows)).toEqual(idsOf(first.rows));
  expect(new Set(idsOf(first.rows)).size).toBe(3);
});

it('refuses a return whose header names a column it does not know, saying which', () => {
  const { rows, problem } = parseReturn(
    'kind,occurredAt,force\narrest,2023-06-28 07:30,dorset',
    'dorset',
    NOW,
    idFor,
  );
  expect(rows).toEqual([]);
  expect(problem).toMatch(/^Unknown column "force": the columns are kind, count, occurredAt/);
});
