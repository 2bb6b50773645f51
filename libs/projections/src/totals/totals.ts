import { SEIZURE_ITEMS } from '@ros/domain';
import { totalUnitOf } from './contribution';
import { fromMilli } from './milli';
import type { Totals } from './totals.answers';

/** Summed metrics, by name (see contribution.ts), in thousandths. */
export type Metrics = ReadonlyMap<string, bigint>;

export const addMetrics = (into: Map<string, bigint>, metric: string, milli: bigint): void => {
  into.set(metric, (into.get(metric) ?? 0n) + milli);
};

/** Totals from summed metrics: seizures list only the items seen. */
export const totalsOf = (metrics: Metrics): Totals => {
  const milli = (metric: string) => metrics.get(metric) ?? 0n;
  const get = (metric: string) => fromMilli(milli(metric));
  const seizures: Totals['seizures'] = {};
  let estimatedValue = 0n;
  for (const item of SEIZURE_ITEMS) {
    if (milli(`seizures.${item}.seizures`) <= 0n) continue;
    seizures[item] = {
      seizures: get(`seizures.${item}.seizures`),
      quantity: get(`seizures.${item}.quantity`),
      unit: totalUnitOf(item),
      estimatedValueGBP: get(`seizures.${item}.estimatedValueGBP`),
    };
    estimatedValue += milli(`seizures.${item}.estimatedValueGBP`);
  }
  return {
    entries: get('entries'),
    warrants: get('warrants'),
    arrests: get('arrests'),
    charges: get('charges'),
    countyLinesClosed: get('countyLinesClosed'),
    welfareVisits: get('welfareVisits'),
    vehicleStops: get('vehicleStops'),
    engagements: get('engagements'),
    safeguarded: { children: get('safeguarded.children'), adults: get('safeguarded.adults') },
    disruptions: {
      pursue: get('disruptions.pursue'),
      protect: get('disruptions.protect'),
      prevent: get('disruptions.prevent'),
      prepare: get('disruptions.prepare'),
    },
    seizures,
    estimatedValueGBP: fromMilli(estimatedValue),
  };
};

export const EMPTY_TOTALS = totalsOf(new Map());
