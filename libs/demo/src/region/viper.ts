import type { DemoOperation } from './demo-region.types';

/** Operation Viper: Dorset's own drugs operation, run all year with SWROCU and BTP. */
export const VIPER: DemoOperation = {
  id: 'viper',
  name: 'Operation Viper',
  scope: 'force',
  forces: ['dorset'],
  description: 'Dorset Police against drug supply and county lines, with SWROCU and BTP.',
  phases: [
    {
      // Began in April 2022; its first six weeks, from Monday 4 April.
      number: 1,
      name: 'The first six weeks',
      startsOn: '2022-04-04',
      endsOn: '2022-05-15',
      tags: [],
      released: {
        dorset: {
          source: 'Dorset Police and PCC on the first six weeks of Operation Viper, May 2022',
          note: 'Drugs released only as "about £100,000" street value, without a class: recorded as class A.',
          assistedBy: ['btp', 'swrocu'],
          arrests: 29,
          warrants: 7,
          childrenSafeguarded: 10,
          drugsValueGBP: 100_000,
        },
      },
    },
    {
      // "In the last year", said in the PCC's update of summer 2023 (while Scorpion phase 5 ran).
      number: 2,
      name: 'County lines into Dorset: the year to June 2023',
      startsOn: '2022-07-01',
      endsOn: '2023-06-30',
      tags: [],
      released: {
        dorset: {
          source:
            'Dorset PCC, update on the Police and Crime Plan, summer 2023: "21 county lines that come into Dorset have been shut down"',
          assistedBy: ['btp', 'swrocu'],
          countyLinesClosed: 21,
        },
      },
    },
  ],
};
