import { forceName } from '../ui/forces';
import { formatRate } from '../ui/format';

const MEASURES: Record<string, string> = {
  entries: 'entries',
  arrests: 'arrests',
  warrants: 'warrants',
  charges: 'charges',
  countyLinesClosed: 'county lines closed',
  welfareVisits: 'welfare visits',
  vehicleStops: 'vehicle stops',
  engagements: 'engagements',
  'safeguarded.children': 'children safeguarded',
  'safeguarded.adults': 'adults safeguarded',
  estimatedValueGBP: 'estimated value of everything seized',
  population: 'population',
};
const SEIZURE_PARTS: Record<string, string> = {
  seizures: 'seizures',
  quantity: 'quantity',
  estimatedValueGBP: 'estimated value',
};

const sentence = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
const itemWords = (item: string) => item.replace(/-/g, ' ');

/** A measure's path inside a totals object (`safeguarded.children`), in words. */
const measureWords = (path: string[]): string => {
  const key = path.join('.');
  if (MEASURES[key]) return MEASURES[key];
  if (path[0] === 'disruptions') return `disruptions (${path[1]})`;
  if (path[0] === 'seizures') return `${itemWords(path[1])}: ${SEIZURE_PARTS[path[2]] ?? path[2]}`;
  return key;
};

interface Named {
  name?: string;
  force?: string;
  operation?: string;
}

/** A list's item by its id (`scorpion` in `operations`, `dorset` in `forces`), as drift names it. */
const itemById = (items: unknown[], id: string): unknown =>
  items.find((item) => {
    const { operation, force } = (item ?? {}) as Named;
    return operation === id || force === id;
  });

/**
 * The forces and operations of a whole-collaboration publication are lists, and a drifted
 * figure names its item by id (`operations.scorpion…`, `forces.dorset…`): named as
 * published, or, for an operation registered since (not in the published list), by its id.
 */
const nameAt = (figures: unknown, list: string, id: string): string => {
  const items = (figures as Record<string, Named[] | undefined>)[list] ?? [];
  const item = itemById(items, id) as Named | undefined;
  if (item?.name) return item.name;
  return list === 'forces' ? forceName(id) : id;
};

/**
 * A drifted figure's path in `figures` (`byForce.dorset.arrests`, `forces.dorset.per1000.arrests`)
 * as people say it: "Dorset: arrests", "Region: cash: quantity", "Dorset: arrests per 1,000".
 */
export const figureInWords = (figure: string, figures: unknown): string => {
  const [head, ...rest] = figure.split('.');
  if (head === 'regional' || head === 'totals') return `Region: ${measureWords(rest)}`;
  if (head === 'byForce') return `${forceName(rest[0])}: ${measureWords(rest.slice(1))}`;
  if (head === 'per1000') return `${forceName(rest[0])}: ${perThousand(rest[1])}`;
  if (head === 'forces' || head === 'operations') {
    const who = nameAt(figures, head, rest[0]);
    const [part, ...measure] = rest.slice(1);
    if (part === 'per1000') return `${who}: ${perThousand(measure[0])}`;
    if (part === 'totals') return `${who}: ${measureWords(measure)}`;
    return `${who}: ${measureWords([part, ...measure])}`;
  }
  return sentence(figure);
};

const perThousand = (measure: string) =>
  measure === 'population' ? 'population' : `${measureWords([measure])} per 1,000 population`;

const pence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const exact = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** The value at a drifted figure's dotted path (list items by id), or undefined. */
const at = (figures: unknown, path: string[]): unknown =>
  path.reduce<unknown>((value, key) => {
    if (Array.isArray(value)) return itemById(value, key);
    return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }, figures);

/**
 * A figure's value as it reads: pounds to the penny, rates to 3 places, a seizure's
 * quantity with its unit (drugs in g, everything else in items), counts with separators.
 */
export const valueInWords = (figure: string, value: number, figures: unknown): string => {
  if (figure.endsWith('estimatedValueGBP') || figure.endsWith('seizures.cash.quantity'))
    return pence.format(value);
  if (figure.includes('per1000') && !figure.endsWith('population')) return formatRate(value);
  if (figure.endsWith('.quantity')) {
    const unit = at(figures, [...figure.split('.').slice(0, -1), 'unit']);
    if (unit === 'g') return `${exact.format(value)} g`;
  }
  return exact.format(value);
};
