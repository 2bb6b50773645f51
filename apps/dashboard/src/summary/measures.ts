import type { Totals } from '../api/client';
import { formatCount, formatPounds } from '../ui/format';

/** The measures the PCC summary shows, each read from a force's or the region's totals. */
export interface Measure {
  id: string;
  label: string;
  value: (totals: Totals) => number;
  format: (n: number) => string;
}

// Cannabis plants are drugs too: their value counts with classes A, B and C.
const DRUG_ITEMS = ['class-a-drugs', 'class-b-drugs', 'class-c-drugs', 'cannabis-plants'] as const;

export const MEASURES: Measure[] = [
  { id: 'arrests', label: 'Arrests', value: (t) => t.arrests, format: formatCount },
  { id: 'warrants', label: 'Warrants', value: (t) => t.warrants, format: formatCount },
  {
    id: 'countyLinesClosed',
    label: 'County lines closed',
    value: (t) => t.countyLinesClosed,
    format: formatCount,
  },
  {
    id: 'children',
    label: 'Children safeguarded',
    value: (t) => t.safeguarded.children,
    format: formatCount,
  },
  {
    id: 'adults',
    label: 'Adults safeguarded',
    value: (t) => t.safeguarded.adults,
    format: formatCount,
  },
  {
    id: 'cash',
    label: 'Cash seized',
    value: (t) => t.seizures.cash?.quantity ?? 0,
    format: formatPounds,
  },
  {
    id: 'drugValue',
    label: 'Estimated value of drugs seized',
    value: (t) =>
      DRUG_ITEMS.reduce((sum, item) => sum + (t.seizures[item]?.estimatedValueGBP ?? 0), 0),
    format: formatPounds,
  },
];
