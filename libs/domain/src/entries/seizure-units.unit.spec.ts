import { seizureUnitProblems } from './seizure-units';

describe('the unit of a seizure fits its item', () => {
  it.each([
    [{ item: 'cash', quantity: 41170, unit: 'GBP' }],
    [{ item: 'class-a-drugs', quantity: 1.5, unit: 'kg' }],
    [{ item: 'class-b-drugs', quantity: 250, unit: 'g' }],
    [{ item: 'cannabis-plants', quantity: 5990, unit: 'item' }],
    [{ item: 'firearm', quantity: 1, unit: 'item' }],
    [{ item: 'class-a-drugs', estimatedValueGBP: 100000 }],
    [{ item: 'stolen-property', estimatedValueGBP: 25000 }],
  ] as const)('accepts %j', (seizure) => {
    expect(seizureUnitProblems({ kind: 'seizure', ...seizure })).toEqual([]);
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
  ] as const)('refuses %j', (seizure, problem) => {
    expect(seizureUnitProblems({ kind: 'seizure', ...seizure })).toEqual([problem]);
  });
});
