import { FORCE_IDS } from '@ros/domain';
import type { DemoOperation } from './demo-region.types';

const ROAD_CHECKS =
  'Operation Ragwort road-check releases, 2023–2024 (as quoted in the domain brief)';
const ILLUSTRATIVE = 'Demo data: no per-force figure was released for this';

/** Operation Ragwort: the five forces against organised crime that preys on rural communities. */
export const RAGWORT: DemoOperation = {
  id: 'ragwort',
  name: 'Operation Ragwort',
  scope: 'regional',
  forces: FORCE_IDS, // all five
  description:
    'Rural crime: burglary, theft of farm vehicles and machinery, poaching, hare coursing, heritage crime; shared with the National Rural Crime Unit.',
  phases: [
    {
      number: 1,
      name: 'Launch: road checks',
      startsOn: '2023-09-01',
      endsOn: '2023-09-30',
      tags: [],
      released: {
        // The release does not name the force; the A303 crosses Wiltshire.
        wiltshire: {
          source: ROAD_CHECKS,
          note: '23 vehicles stopped in 3 hours on the A303.',
          day: '2023-09-21',
          location: 'A303',
          assistedBy: ['nrcu'],
          vehicleStops: 23,
        },
      },
    },
    {
      // Still running: the demo's open phase, where coordinators can log today.
      number: 2,
      name: 'Rural days of action',
      startsOn: '2023-10-01',
      endsOn: null,
      tags: [],
      released: {
        'devon-and-cornwall': {
          source: ROAD_CHECKS,
          note: 'Released as "over 100 stopped": recorded as 104; the stolen property is a trailer.',
          day: '2024-02-15',
          assistedBy: ['nrcu'],
          vehicleStops: 104,
          vehiclesSeized: 2,
          stolenPropertyRecovered: 1,
        },
        dorset: {
          source: ILLUSTRATIVE,
          illustrative: true,
          offence: 'hare-coursing',
          day: '2023-11-12',
          arrests: 3,
          vehiclesSeized: 1,
        },
        'avon-and-somerset': {
          source: ILLUSTRATIVE,
          illustrative: true,
          offence: 'poaching',
          day: '2023-12-03',
          arrests: 2,
        },
        gloucestershire: {
          source: ILLUSTRATIVE,
          illustrative: true,
          offence: 'theft',
          day: '2024-01-18',
          arrests: 1,
          plantMachinerySeized: 2,
        },
      },
    },
  ],
};
