import { SEIZURE_ITEMS, type SeizureItem } from '@ros/domain';
import { totalUnitOf } from './contribution';

export interface SeizureTotals {
  quantity: number;
  unit: 'g' | 'GBP' | 'item';
  estimatedValueGBP: number;
}

/** The contract's Totals. */
export interface Totals {
  entries: number;
  warrants: number;
  arrests: number;
  charges: number;
  countyLinesClosed: number;
  welfareVisits: number;
  vehicleStops: number;
  engagements: number;
  safeguarded: { children: number; adults: number };
  disruptions: { pursue: number; protect: number; prevent: number; prepare: number };
  seizures: Partial<Record<SeizureItem, SeizureTotals>>;
  estimatedValueGBP: number;
}

/** Summed metrics, by name (see contribution.ts). */
export type Metrics = ReadonlyMap<string, number>;

export const addMetrics = (into: Map<string, number>, metric: string, value: number): void => {
  into.set(metric, round((into.get(metric) ?? 0) + value));
};

/** Money and weights are summed exactly in PostgreSQL; this only tidies float noise in JS sums. */
const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Totals from summed metrics: seizures list only the items seen. */
export const totalsOf = (metrics: Metrics): Totals => {
  const get = (metric: string) => metrics.get(metric) ?? 0;
  const seizures: Totals['seizures'] = {};
  let estimatedValueGBP = 0;
  for (const item of SEIZURE_ITEMS) {
    if (get(`seizures.${item}.seizures`) <= 0) continue;
    const value = get(`seizures.${item}.estimatedValueGBP`);
    seizures[item] = {
      quantity: get(`seizures.${item}.quantity`),
      unit: totalUnitOf(item),
      estimatedValueGBP: value,
    };
    estimatedValueGBP = round(estimatedValueGBP + value);
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
    estimatedValueGBP,
  };
};

export const EMPTY_TOTALS = totalsOf(new Map());
