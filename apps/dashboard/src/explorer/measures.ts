import type { Totals } from '../api/client';
import type { EntryDetails } from './entries';

/**
 * One figure of `Totals` the explorer can show, and what a single entry adds to it: the
 * drill-down lists the entries whose contributions add up to the figure clicked.
 */
export interface ExplorerMeasure {
  id: string;
  label: string;
  group: string;
  /** Exact: counts are whole, money has pence, weights milligrams (as the API sums them). */
  decimals: 0 | 2 | 3;
  value: (totals: Totals) => number;
  /** What the entry adds to the figure, or null when it is not behind this figure at all. */
  contribution: (entry: EntryDetails) => number | null;
  /** The kind to ask the entry log for; none when every kind can count. */
  kind?: EntryDetails['kind'];
}

type Kind = EntryDetails['kind'];
const countOf = (label: string, id: keyof Totals, kind: Kind, group = 'Results') => ({
  id,
  label,
  group,
  decimals: 0 as const,
  kind,
  value: (t: Totals) => t[id] as number,
  contribution: (e: EntryDetails) => (e.kind !== kind ? null : 'count' in e ? e.count : 1),
});

const CATEGORIES = ['pursue', 'protect', 'prevent', 'prepare'] as const;
const ITEMS = [
  ['cannabis-plants', 'Cannabis plants', 'item'],
  ['class-a-drugs', 'Class A drugs', 'g'],
  ['class-b-drugs', 'Class B drugs', 'g'],
  ['class-c-drugs', 'Class C drugs', 'g'],
  ['cash', 'Cash', 'GBP'],
  ['firearm', 'Firearms', 'item'],
  ['imitation-firearm', 'Imitation firearms', 'item'],
  ['ammunition', 'Ammunition', 'item'],
  ['offensive-weapon', 'Offensive weapons', 'item'],
  ['vehicle', 'Vehicles', 'item'],
  ['plant-machinery', 'Plant machinery', 'item'],
  ['stolen-property', 'Stolen property', 'item'],
  ['mobile-phone', 'Mobile phones', 'item'],
  ['other', 'Other items', 'item'],
] as const;
type Item = (typeof ITEMS)[number][0];
const UNIT_LABELS = { item: 'items', g: 'g', GBP: '£' } as const;

const seizureOf = (e: EntryDetails, item: Item) =>
  e.kind === 'seizure' && e.item === item ? e : null;

const byItem = ITEMS.flatMap(([item, name, unit]): ExplorerMeasure[] => [
  {
    id: `seized.${item}`,
    label: `${name} seized (${UNIT_LABELS[unit]})`,
    group: 'Seizures: how much',
    decimals: unit === 'item' ? 0 : unit === 'g' ? 3 : 2,
    kind: 'seizure',
    value: (t) => t.seizures[item]?.quantity ?? 0,
    contribution: (e) => {
      const seizure = seizureOf(e, item);
      if (!seizure) return null;
      // Drugs are totalled in g: a seizure in kg adds a thousand times its quantity.
      return (seizure.quantity ?? 0) * (seizure.unit === 'kg' ? 1000 : 1);
    },
  },
  {
    id: `seizures.${item}`,
    label: `Seizures of ${name.toLowerCase()}`,
    group: 'Seizures: how many',
    decimals: 0,
    kind: 'seizure',
    value: (t) => t.seizures[item]?.seizures ?? 0,
    contribution: (e) => (seizureOf(e, item) ? 1 : null),
  },
]);

export const MEASURES: ExplorerMeasure[] = [
  countOf('Arrests', 'arrests', 'arrest'),
  countOf('Warrants', 'warrants', 'warrant'),
  countOf('Charges', 'charges', 'charge'),
  countOf('County lines closed', 'countyLinesClosed', 'county-line-closure'),
  countOf('Welfare visits', 'welfareVisits', 'welfare-visit'),
  countOf('Vehicle stops', 'vehicleStops', 'vehicle-stop'),
  countOf('Engagements', 'engagements', 'engagement'),
  ...(['child', 'adult'] as const).map((age) => ({
    id: age === 'child' ? 'safeguarded.children' : 'safeguarded.adults',
    label: age === 'child' ? 'Children safeguarded' : 'Adults safeguarded',
    group: 'Safeguarding',
    decimals: 0 as const,
    kind: 'safeguarding' as const,
    value: (t: Totals) => (age === 'child' ? t.safeguarded.children : t.safeguarded.adults),
    contribution: (e: EntryDetails) =>
      e.kind === 'safeguarding' && e.ageGroup === age ? e.count : null,
  })),
  ...CATEGORIES.map((category) => ({
    id: `disruptions.${category}`,
    label: `Disruptions: ${category}`,
    group: 'Disruptions',
    decimals: 0 as const,
    kind: 'disruption' as const,
    value: (t: Totals) => t.disruptions[category],
    contribution: (e: EntryDetails) =>
      e.kind === 'disruption' && e.category === category ? 1 : null,
  })),
  ...byItem,
  {
    id: 'estimatedValueGBP',
    label: 'Estimated value of seizures (£)',
    group: 'Seizures: how much',
    decimals: 2,
    kind: 'seizure',
    value: (t) => t.estimatedValueGBP,
    contribution: (e) => (e.kind === 'seizure' ? (e.estimatedValueGBP ?? 0) : null),
  },
  {
    id: 'entries',
    label: 'Entries that count (every kind)',
    group: 'Entries',
    decimals: 0,
    value: (t) => t.entries,
    contribution: () => 1,
  },
];

export const measureById = (id: string | null): ExplorerMeasure =>
  MEASURES.find((m) => m.id === id) ?? MEASURES[0];

/** Groups in the order they first appear, for the picker's `<optgroup>`s. */
export const MEASURE_GROUPS = [...new Set(MEASURES.map((m) => m.group))];
