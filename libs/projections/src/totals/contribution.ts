import type { EntryDetails, SeizureItem } from '@ros/domain';
import { toMilli } from './milli';
import type { TotalUnit } from './totals.answers';

/**
 * One figure an entry adds to the totals, e.g. `arrests` +14 or `seizures.cash.quantity`
 * +41170, in thousandths (see milli.ts): every sum stays exact.
 */
export interface MetricDelta {
  metric: string;
  milli: bigint;
}

const DRUGS_BY_WEIGHT: SeizureItem[] = ['class-a-drugs', 'class-b-drugs', 'class-c-drugs'];

/** Seizure quantities are totalled in one unit per item: drugs in g, cash in GBP, the rest in items. */
export const totalUnitOf = (item: SeizureItem): TotalUnit =>
  DRUGS_BY_WEIGHT.includes(item) ? 'g' : item === 'cash' ? 'GBP' : 'item';

/** What an active entry contributes to the totals. This is where every figure is computed. */
export const contributionOf = (details: EntryDetails): MetricDelta[] => {
  const figures: MetricDelta[] = [{ metric: 'entries', milli: toMilli(1, 'entries') }];
  const add = (metric: string, value: number) =>
    figures.push({ metric, milli: toMilli(value, metric) });
  switch (details.kind) {
    case 'warrant':
      add('warrants', details.count);
      break;
    case 'arrest':
      add('arrests', details.count);
      break;
    case 'charge':
      add('charges', details.count);
      break;
    case 'county-line-closure':
      add('countyLinesClosed', 1);
      break;
    case 'welfare-visit':
      add('welfareVisits', details.count);
      break;
    case 'vehicle-stop':
      add('vehicleStops', details.count);
      break;
    case 'engagement':
      add('engagements', details.count);
      break;
    case 'safeguarding':
      add(
        details.ageGroup === 'child' ? 'safeguarded.children' : 'safeguarded.adults',
        details.count,
      );
      break;
    case 'disruption':
      add(`disruptions.${details.category}`, 1);
      break;
    case 'seizure': {
      const prefix = `seizures.${details.item}`;
      add(`${prefix}.seizures`, 1);
      if (details.quantity !== undefined)
        figures.push({
          metric: `${prefix}.quantity`,
          // kg are totalled in g: 1.234 kg is 1234 g, exactly, without a float multiplication.
          milli:
            toMilli(details.quantity, `${prefix}.quantity`) * (details.unit === 'kg' ? 1000n : 1n),
        });
      if (details.estimatedValueGBP !== undefined)
        add(`${prefix}.estimatedValueGBP`, details.estimatedValueGBP);
      break;
    }
  }
  return figures;
};
