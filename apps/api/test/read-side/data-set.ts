import { randomUUID } from 'node:crypto';
import { FIVE_FORCES } from '../fixtures';
import type { TestApi } from '../test-api';
import type { OracleEntry } from '../../../../libs/testing/src/oracle';

export const FORCES = FIVE_FORCES;

/** The operations and phases of the public releases (domain brief). */
export const OPERATIONS = [
  {
    id: 'scorpion',
    name: 'Operation Scorpion',
    scope: 'regional',
    forces: FORCES,
    phases: [
      [1, '2022-03-07', '2022-03-13'],
      [2, '2022-07-04', '2022-07-08'],
      [7, '2024-03-04', null],
    ],
  },
  {
    id: 'viper',
    name: 'Operation Viper',
    scope: 'force',
    forces: ['dorset'],
    phases: [[1, '2022-04-01', null]],
  },
  {
    id: 'ragwort',
    name: 'Operation Ragwort',
    scope: 'regional',
    forces: FORCES,
    phases: [[1, '2023-09-01', null]],
  },
] as const;

const day = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00Z`;

/** Entries after the per-force figures the forces released, split over several days. */
export const ENTRIES: [string, number, Record<string, any>][] = [
  // Scorpion phase 1
  [
    'scorpion',
    1,
    {
      force: 'avon-and-somerset',
      kind: 'arrest',
      count: 30,
      offence: 'drug-supply',
      occurredAt: day('2022-03-07'),
    },
  ],
  [
    'scorpion',
    1,
    { force: 'avon-and-somerset', kind: 'arrest', count: 20, occurredAt: day('2022-03-09') },
  ],
  [
    'scorpion',
    1,
    { force: 'avon-and-somerset', kind: 'arrest', count: 14, occurredAt: day('2022-03-12') },
  ],
  [
    'scorpion',
    1,
    { force: 'avon-and-somerset', kind: 'warrant', count: 17, occurredAt: day('2022-03-08') },
  ],
  [
    'scorpion',
    1,
    {
      force: 'gloucestershire',
      kind: 'arrest',
      count: 19,
      occurredAt: day('2022-03-10'),
      notes: 'Operation Vanquish',
    },
  ],
  [
    'scorpion',
    1,
    { force: 'gloucestershire', kind: 'warrant', count: 11, occurredAt: day('2022-03-10') },
  ],
  ['scorpion', 1, { force: 'wiltshire', kind: 'arrest', count: 20, occurredAt: day('2022-03-11') }],
  [
    'scorpion',
    1,
    { force: 'wiltshire', kind: 'warrant', count: 10, occurredAt: day('2022-03-11') },
  ],
  ...Array.from({ length: 7 }, (_, i): [string, number, Record<string, any>] => [
    'scorpion',
    1,
    {
      force: 'wiltshire',
      kind: 'county-line-closure',
      lineName: `line ${i + 1}`,
      occurredAt: day('2022-03-12', 8 + i),
    },
  ]),
  [
    'scorpion',
    1,
    {
      force: 'wiltshire',
      kind: 'seizure',
      item: 'cash',
      quantity: 12500,
      unit: 'GBP',
      occurredAt: day('2022-03-12'),
    },
  ],
  [
    'scorpion',
    1,
    {
      force: 'wiltshire',
      kind: 'seizure',
      item: 'class-a-drugs',
      quantity: 1.25,
      unit: 'kg',
      estimatedValueGBP: 100000,
      drug: 'cocaine',
      occurredAt: day('2022-03-13'),
    },
  ],
  // Scorpion phase 2
  [
    'scorpion',
    2,
    { force: 'devon-and-cornwall', kind: 'arrest', count: 34, occurredAt: day('2022-07-05') },
  ],
  [
    'scorpion',
    2,
    {
      force: 'devon-and-cornwall',
      kind: 'safeguarding',
      count: 40,
      ageGroup: 'adult',
      occurredAt: day('2022-07-06'),
    },
  ],
  [
    'scorpion',
    2,
    {
      force: 'devon-and-cornwall',
      kind: 'safeguarding',
      count: 18,
      ageGroup: 'child',
      occurredAt: day('2022-07-06'),
    },
  ],
  [
    'scorpion',
    2,
    {
      force: 'devon-and-cornwall',
      kind: 'seizure',
      item: 'cash',
      quantity: 117920,
      unit: 'GBP',
      occurredAt: day('2022-07-07'),
    },
  ],
  [
    'scorpion',
    2,
    { force: 'gloucestershire', kind: 'arrest', count: 16, occurredAt: day('2022-07-05') },
  ],
  [
    'scorpion',
    2,
    {
      force: 'gloucestershire',
      kind: 'seizure',
      item: 'cash',
      quantity: 7030,
      unit: 'GBP',
      occurredAt: day('2022-07-05'),
    },
  ],
  [
    'scorpion',
    2,
    { force: 'avon-and-somerset', kind: 'arrest', count: 17, occurredAt: day('2022-07-04') },
  ],
  [
    'scorpion',
    2,
    { force: 'avon-and-somerset', kind: 'warrant', count: 12, occurredAt: day('2022-07-04') },
  ],
  ['scorpion', 2, { force: 'dorset', kind: 'arrest', count: 20, occurredAt: day('2022-07-08') }],
  [
    'scorpion',
    2,
    {
      force: 'dorset',
      kind: 'seizure',
      item: 'cash',
      quantity: 41170,
      unit: 'GBP',
      occurredAt: day('2022-07-08'),
    },
  ],
  [
    'scorpion',
    2,
    {
      force: 'dorset',
      kind: 'disruption',
      category: 'pursue',
      severity: 'major',
      occurredAt: day('2022-07-08'),
    },
  ],
  // Scorpion phase 7, run with a County Lines Intensification Week
  [
    'scorpion',
    7,
    {
      force: 'dorset',
      kind: 'arrest',
      count: 20,
      occurredAt: day('2024-03-04'),
      tags: ['cliw-2024-03'],
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'dorset',
      kind: 'arrest',
      count: 17,
      occurredAt: day('2024-03-07'),
      tags: ['cliw-2024-03'],
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'dorset',
      kind: 'warrant',
      count: 15,
      occurredAt: day('2024-03-05'),
      tags: ['cliw-2024-03'],
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'dorset',
      kind: 'seizure',
      item: 'cash',
      quantity: 18000,
      unit: 'GBP',
      occurredAt: day('2024-03-06'),
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'dorset',
      kind: 'safeguarding',
      count: 14,
      ageGroup: 'adult',
      occurredAt: day('2024-03-06'),
      tags: ['cliw-2024-03'],
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'dorset',
      kind: 'safeguarding',
      count: 5,
      ageGroup: 'child',
      occurredAt: day('2024-03-06'),
      tags: ['cliw-2024-03'],
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'wiltshire',
      kind: 'arrest',
      count: 31,
      occurredAt: day('2024-03-05'),
      tags: ['cliw-2024-03'],
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'wiltshire',
      kind: 'seizure',
      item: 'cash',
      quantity: 24000,
      unit: 'GBP',
      occurredAt: day('2024-03-08'),
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'wiltshire',
      kind: 'safeguarding',
      count: 27,
      ageGroup: 'adult',
      occurredAt: day('2024-03-09'),
    },
  ],
  [
    'scorpion',
    7,
    { force: 'wiltshire', kind: 'welfare-visit', count: 79, occurredAt: day('2024-03-09') },
  ],
  [
    'scorpion',
    7,
    { force: 'avon-and-somerset', kind: 'arrest', count: 13, occurredAt: day('2024-03-10') },
  ],
  [
    'scorpion',
    7,
    {
      force: 'avon-and-somerset',
      kind: 'seizure',
      item: 'cash',
      quantity: 25000.5,
      unit: 'GBP',
      occurredAt: day('2024-03-10'),
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'avon-and-somerset',
      kind: 'seizure',
      item: 'offensive-weapon',
      quantity: 12,
      unit: 'item',
      occurredAt: day('2024-03-10'),
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'gloucestershire',
      kind: 'engagement',
      count: 6,
      occurredAt: day('2024-03-06'),
      tags: ['cliw-2024-03'],
    },
  ],
  [
    'scorpion',
    7,
    {
      force: 'devon-and-cornwall',
      kind: 'disruption',
      category: 'protect',
      severity: 'moderate',
      occurredAt: day('2024-03-07'),
    },
  ],
  // Viper's first six weeks
  ['viper', 1, { force: 'dorset', kind: 'arrest', count: 29, occurredAt: day('2022-04-20') }],
  ['viper', 1, { force: 'dorset', kind: 'warrant', count: 7, occurredAt: day('2022-04-21') }],
  [
    'viper',
    1,
    {
      force: 'dorset',
      kind: 'safeguarding',
      count: 10,
      ageGroup: 'child',
      occurredAt: day('2022-05-02'),
    },
  ],
  [
    'viper',
    1,
    {
      force: 'dorset',
      kind: 'seizure',
      item: 'class-b-drugs',
      estimatedValueGBP: 100000,
      occurredAt: day('2022-05-10'),
    },
  ],
  ['viper', 1, { force: 'dorset', kind: 'county-line-closure', occurredAt: day('2022-05-11') }],
  // Ragwort road checks
  [
    'ragwort',
    1,
    {
      force: 'wiltshire',
      kind: 'vehicle-stop',
      count: 23,
      location: 'A303',
      occurredAt: day('2023-09-14'),
      assistedBy: ['nrcu'],
    },
  ],
  [
    'ragwort',
    1,
    {
      force: 'devon-and-cornwall',
      kind: 'vehicle-stop',
      count: 104,
      occurredAt: day('2023-10-12'),
    },
  ],
  [
    'ragwort',
    1,
    {
      force: 'devon-and-cornwall',
      kind: 'seizure',
      item: 'vehicle',
      quantity: 2,
      unit: 'item',
      occurredAt: day('2023-10-12'),
    },
  ],
  [
    'ragwort',
    1,
    {
      force: 'devon-and-cornwall',
      kind: 'seizure',
      item: 'stolen-property',
      estimatedValueGBP: 8500,
      description: 'stolen trailer',
      occurredAt: day('2023-10-12'),
    },
  ],
  [
    'ragwort',
    1,
    {
      force: 'gloucestershire',
      kind: 'arrest',
      count: 2,
      offence: 'hare-coursing',
      occurredAt: day('2023-10-20'),
    },
  ],
  [
    'ragwort',
    1,
    {
      force: 'wiltshire',
      kind: 'disruption',
      category: 'prevent',
      severity: 'minor',
      occurredAt: day('2023-11-02'),
    },
  ],
  [
    'ragwort',
    1,
    {
      force: 'wiltshire',
      kind: 'disruption',
      category: 'prepare',
      severity: 'minor',
      occurredAt: day('2023-11-03'),
    },
  ],
];

/** Registers the operations and logs every entry through the API, as coordinators would. */
export const logDataSet = async (
  api: TestApi,
): Promise<{ entries: OracleEntry[]; lastPosition: string }> => {
  for (const { phases, ...operation } of OPERATIONS) {
    await api.post('/api/operations', operation);
    for (const [number, startsOn] of phases)
      await api.post(`/api/operations/${operation.id}/phases`, { number, startsOn });
  }
  const entries: OracleEntry[] = [];
  let lastPosition = '0';
  for (const [operation, phase, body] of ENTRIES) {
    const entryId = randomUUID();
    const answer = await api.post(`/api/operations/${operation}/phases/${phase}/entries`, {
      entryId,
      ...body,
    });
    if (answer.status !== 201)
      throw new Error(`Could not log ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
    entries.push({ entryId, operation, phase, body, retracted: false });
    lastPosition = answer.body.position;
  }
  for (const { id, phases } of OPERATIONS)
    for (const [number, , endsOn] of phases)
      if (endsOn) await api.post(`/api/operations/${id}/phases/${number}/close`, { endsOn });
  return { entries, lastPosition };
};
