import { FORCE_IDS } from '@ros/domain';
import type { DemoOperation } from './demo-region.types';

// Figures as the forces released them, quoted in the project's domain brief ("Operation
// Scorpion, phase by phase (public releases)" and "Per-force figures that forces released").
const PHASE_1 = 'Force releases on Operation Scorpion phase 1, March 2022';
const PHASE_2 = 'Force releases on Operation Scorpion phase 2, July 2022';
const PHASE_5 =
  'Dorset PCC, update on the Police and Crime Plan, summer 2023: "so far phase 5 has seen 10 warrants executed in Dorset"';
const PHASE_7 = 'Force releases on Operation Scorpion phase 7, March 2024';

/** Operation Scorpion: the five forces' weeks of action against drug supply, phase by phase. */
export const SCORPION: DemoOperation = {
  id: 'scorpion',
  name: 'Operation Scorpion',
  scope: 'regional',
  forces: FORCE_IDS, // all five
  description:
    'The five forces of the South West, with SWROCU, track down and disrupt drug supply lines in weeks of action.',
  phases: [
    {
      number: 1,
      name: 'County lines: the first joint week',
      startsOn: '2022-03-07',
      endsOn: '2022-03-13',
      tags: [],
      released: {
        'avon-and-somerset': { source: PHASE_1, arrests: 64, warrants: 17 },
        gloucestershire: { source: PHASE_1, arrests: 19, warrants: 11 },
        wiltshire: {
          source: PHASE_1,
          note: 'Cash released as about £12,500; 7 drug lines shut.',
          arrests: 20,
          warrants: 10,
          countyLinesClosed: 7,
          cashGBP: 12_500,
        },
      },
    },
    {
      number: 2,
      name: 'Drugs in communities',
      startsOn: '2022-07-04',
      endsOn: '2022-07-08',
      tags: [],
      released: {
        'devon-and-cornwall': {
          source: PHASE_2,
          note: 'The release gives no age group for the 58 safeguarded: recorded as adults.',
          arrests: 34,
          adultsSafeguarded: 58,
          cashGBP: 117_920,
        },
        gloucestershire: { source: PHASE_2, arrests: 16, cashGBP: 7_030 },
        'avon-and-somerset': { source: PHASE_2, arrests: 17, warrants: 12 },
        dorset: { source: PHASE_2, arrests: 20, cashGBP: 41_170 },
      },
    },
    {
      number: 3,
      name: 'Night-time economy (three weekends)',
      startsOn: '2022-11-18',
      endsOn: '2022-12-03',
      tags: [],
      released: {},
    },
    {
      number: 4,
      name: 'Drug-related violence',
      startsOn: '2023-03-27',
      endsOn: '2023-04-02',
      tags: [],
      released: {},
    },
    {
      // The releases say only "June/July 2023"; the week is the one the README walks through.
      number: 5,
      name: 'Cannabis cultivation (with Operation Mille)',
      startsOn: '2023-06-26',
      endsOn: '2023-07-02',
      tags: ['mille-2023-06'],
      released: {
        dorset: {
          source: PHASE_5,
          note: 'Released as "just under 6,000 cannabis plants": recorded as 5,950.',
          warrants: 10,
          cannabisPlants: 5_950,
          firearms: 1,
          arrests: 14,
        },
      },
    },
    {
      number: 6,
      name: 'Drugs in communities (with the County Lines Intensification Week)',
      startsOn: '2023-10-09',
      endsOn: '2023-10-15',
      tags: ['cliw-2023-10'],
      released: {},
    },
    {
      number: 7,
      name: 'Street dealing (with the County Lines Intensification Week)',
      startsOn: '2024-03-04',
      endsOn: '2024-03-10',
      tags: ['cliw-2024-03'],
      released: {
        dorset: {
          source: PHASE_7,
          arrests: 37,
          warrants: 15,
          cashGBP: 18_000,
          adultsSafeguarded: 14,
          childrenSafeguarded: 5,
        },
        wiltshire: {
          source: PHASE_7,
          note: 'The release gives no age group for the 27 safeguarded: recorded as adults. Welfare visits are the 79 cuckooed addresses visited.',
          arrests: 31,
          cashGBP: 24_000,
          adultsSafeguarded: 27,
          welfareVisits: 79,
        },
        'avon-and-somerset': {
          source: PHASE_7,
          note: 'Cash released as "more than £25,000": recorded as £25,350.',
          arrests: 13,
          cashGBP: 25_350,
        },
      },
    },
    {
      number: 8,
      name: 'Gangs and hotspots',
      startsOn: '2024-06-10',
      endsOn: '2024-06-16',
      tags: [],
      released: {},
    },
    {
      number: 9,
      name: 'The road network',
      startsOn: '2024-09-30',
      endsOn: '2024-10-06',
      tags: [],
      released: {},
    },
    {
      number: 10,
      name: 'Child criminal exploitation (with the County Lines Intensification Week)',
      startsOn: '2024-11-25',
      endsOn: '2024-12-01',
      tags: ['cliw-2024-11'],
      released: {},
    },
    {
      number: 11,
      name: 'Cannabis cultivation (with Operation Mille)',
      startsOn: '2025-02-17',
      endsOn: '2025-02-23',
      tags: ['mille-2025-02'],
      released: {},
    },
  ],
};
