import type { EntryDetails } from '@ros/domain';
import { contributionOf } from './contribution';
import { addMetrics, totalsOf } from './totals';

const at = { force: 'dorset' as const, occurredAt: '2023-06-27T09:00:00.000Z' };
const sum = (entries: EntryDetails[]) => {
  const metrics = new Map<string, bigint>();
  for (const entry of entries)
    for (const { metric, milli } of contributionOf(entry)) addMetrics(metrics, metric, milli);
  return totalsOf(metrics);
};

describe('what entries add to the totals', () => {
  it('counts each kind in its own figure', () => {
    const totals = sum([
      { ...at, kind: 'warrant', count: 10 },
      { ...at, kind: 'arrest', count: 14 },
      { ...at, kind: 'charge', count: 2 },
      { ...at, kind: 'county-line-closure' },
      { ...at, kind: 'county-line-closure', lineName: 'Bobby' },
      { ...at, kind: 'safeguarding', count: 14, ageGroup: 'adult' },
      { ...at, kind: 'safeguarding', count: 5, ageGroup: 'child' },
      { ...at, kind: 'welfare-visit', count: 79 },
      { ...at, kind: 'vehicle-stop', count: 23 },
      { ...at, kind: 'engagement', count: 1 },
      { ...at, kind: 'disruption', category: 'pursue', severity: 'major' },
      { ...at, kind: 'disruption', category: 'prepare', severity: 'minor' },
    ]);
    expect(totals).toEqual({
      entries: 12,
      warrants: 10,
      arrests: 14,
      charges: 2,
      countyLinesClosed: 2,
      welfareVisits: 79,
      vehicleStops: 23,
      engagements: 1,
      safeguarded: { children: 5, adults: 14 },
      disruptions: { pursue: 1, protect: 0, prevent: 0, prepare: 1 },
      seizures: {},
      estimatedValueGBP: 0,
    });
  });

  it('totals seizures per item in one unit (drugs in g), listing only the items seen', () => {
    const totals = sum([
      {
        ...at,
        kind: 'seizure',
        item: 'class-a-drugs',
        quantity: 1.5,
        unit: 'kg',
        estimatedValueGBP: 120000,
      },
      { ...at, kind: 'seizure', item: 'class-a-drugs', quantity: 250, unit: 'g' },
      { ...at, kind: 'seizure', item: 'class-a-drugs', estimatedValueGBP: 5000 },
      { ...at, kind: 'seizure', item: 'cash', quantity: 18000, unit: 'GBP' },
      {
        ...at,
        kind: 'seizure',
        item: 'cannabis-plants',
        quantity: 5990,
        unit: 'item',
        estimatedValueGBP: 6800000,
      },
    ]);
    expect(totals.seizures).toEqual({
      'class-a-drugs': { seizures: 3, quantity: 1750, unit: 'g', estimatedValueGBP: 125000 },
      cash: { seizures: 1, quantity: 18000, unit: 'GBP', estimatedValueGBP: 0 },
      'cannabis-plants': { seizures: 1, quantity: 5990, unit: 'item', estimatedValueGBP: 6800000 },
    });
    expect(totals.estimatedValueGBP).toBe(6925000);
  });

  it('sums money, weights and counts exactly, where binary floating point would drift', () => {
    const pennies = Array.from({ length: 10 }, (): EntryDetails => ({
      ...at,
      kind: 'seizure',
      item: 'cash',
      quantity: 0.1,
      unit: 'GBP',
      estimatedValueGBP: 0.07,
    }));
    const grams: EntryDetails[] = [
      { ...at, kind: 'seizure', item: 'class-b-drugs', quantity: 0.001, unit: 'kg' },
      { ...at, kind: 'seizure', item: 'class-b-drugs', quantity: 1.234, unit: 'kg' },
      { ...at, kind: 'seizure', item: 'class-b-drugs', quantity: 9_999_999.999, unit: 'g' },
    ];
    const totals = sum([...pennies, ...grams]);
    expect(totals.seizures.cash).toEqual({
      seizures: 10,
      quantity: 1,
      unit: 'GBP',
      estimatedValueGBP: 0.7,
    });
    expect(totals.seizures['class-b-drugs']!.quantity).toBe(10_001_234.999);
    expect(totals.estimatedValueGBP).toBe(0.7);
  });
});
