import type { EntryDetails, SeizureItem } from '@ros/domain';

/** One figure an entry adds to the totals, e.g. `arrests` +14 or `seizures.cash.quantity` +41170. */
export interface MetricDelta {
  metric: string;
  delta: number;
}

const DRUGS_BY_WEIGHT: SeizureItem[] = ['class-a-drugs', 'class-b-drugs', 'class-c-drugs'];

/** Seizure quantities are totalled in one unit per item: drugs in g, cash in GBP, the rest in items. */
export const totalUnitOf = (item: SeizureItem): 'g' | 'GBP' | 'item' =>
  DRUGS_BY_WEIGHT.includes(item) ? 'g' : item === 'cash' ? 'GBP' : 'item';

/** What an active entry contributes to the totals. This is where every figure is computed. */
export const contributionOf = (details: EntryDetails): MetricDelta[] => {
  const figures: MetricDelta[] = [{ metric: 'entries', delta: 1 }];
  const add = (metric: string, delta: number) => figures.push({ metric, delta });
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
        add(
          `${prefix}.quantity`,
          details.unit === 'kg' ? details.quantity * 1000 : details.quantity,
        );
      if (details.estimatedValueGBP !== undefined)
        add(`${prefix}.estimatedValueGBP`, details.estimatedValueGBP);
      break;
    }
  }
  return figures;
};
