import { seizureProblems } from './seizure-units';

describe('a seizure’s quantity fits its item, its unit’s bounds, and money is in pence', () => {
  it.each([
    [{ item: 'cash', quantity: 41170, unit: 'GBP' }],
    [{ item: 'class-a-drugs', quantity: 1.5, unit: 'kg' }],
    [{ item: 'class-b-drugs', quantity: 250, unit: 'g' }],
    [{ item: 'cannabis-plants', quantity: 5990, unit: 'item' }],
    [{ item: 'firearm', quantity: 1, unit: 'item' }],
    [{ item: 'class-a-drugs', estimatedValueGBP: 100000 }],
    [{ item: 'stolen-property', estimatedValueGBP: 25000 }],
    [{ item: 'cash', quantity: 100_000_000, unit: 'GBP' }],
    [{ item: 'cash', quantity: 0.01, unit: 'GBP' }],
    [{ item: 'class-a-drugs', quantity: 0.001, unit: 'g' }],
    [{ item: 'class-a-drugs', quantity: 10_000, unit: 'kg', estimatedValueGBP: 999_999_999.99 }],
  ] as const)('accepts %j', (seizure) => {
    expect(seizureProblems({ kind: 'seizure', ...seizure })).toEqual([]);
  });

  it.each([
    [{ item: 'cash', quantity: 100, unit: 'item' }, 'unit must be GBP for cash'],
    [
      { item: 'class-a-drugs', quantity: 3, unit: 'item' },
      'unit must be g or kg for class-a-drugs',
    ],
    [{ item: 'firearm', quantity: 1, unit: 'kg' }, 'unit must be item for firearm'],
    [
      { item: 'firearm', quantity: 1.5, unit: 'item' },
      'quantity must be a whole number of items for firearm',
    ],
    [{ item: 'firearm' }, 'quantity and unit are required for firearm'],
    [{ item: 'vehicle', estimatedValueGBP: 9000 }, 'quantity and unit are required for vehicle'],
    [
      { item: 'class-b-drugs' },
      'quantity and unit, or estimatedValueGBP, are required for class-b-drugs',
    ],
    [{ item: 'cash', quantity: 10 }, 'unit is required when quantity is given'],
    [{ item: 'cash', unit: 'GBP' }, 'quantity is required when unit is given'],
    [
      { item: 'cash', quantity: 10.005, unit: 'GBP' },
      'quantity in GBP must have at most 2 decimal places',
    ],
    [
      { item: 'class-a-drugs', quantity: 0.0001, unit: 'kg' },
      'quantity in kg must have at most 3 decimal places',
    ],
    [
      { item: 'cash', quantity: 100_000_000.01, unit: 'GBP' },
      'quantity in GBP must be from 0.01 to 100,000,000',
    ],
    [
      { item: 'class-b-drugs', quantity: 10_001, unit: 'kg' },
      'quantity in kg must be from 0.001 to 10,000',
    ],
    [
      { item: 'cannabis-plants', quantity: 1_000_001, unit: 'item' },
      'quantity in item must be from 1 to 1,000,000',
    ],
    [
      { item: 'class-a-drugs', estimatedValueGBP: 0.1 + 0.2 },
      'estimatedValueGBP must be in pounds and pence (at most 2 decimal places)',
    ],
  ] as const)('refuses %j', (seizure, problem) => {
    expect(seizureProblems({ kind: 'seizure', ...seizure })).toEqual([problem]);
  });

  it('names each field by its path inside a larger body (a correction’s entry)', () => {
    expect(seizureProblems({ kind: 'seizure', item: 'cash', unit: 'GBP' }, 'entry')).toEqual([
      'entry.quantity is required when unit is given',
    ]);
    expect(seizureProblems({ kind: 'seizure', item: 'class-a-drugs' }, 'entry')).toEqual([
      'entry.quantity and entry.unit, or entry.estimatedValueGBP, are required for class-a-drugs',
    ]);
  });
});
