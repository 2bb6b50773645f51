import { countMostOf } from '../../entries/rules';
import type { Kind } from '../../entries/vocabulary';

/** The columns a return may have, in the order the help text gives them. */
export const COLUMNS = [
  'kind',
  'count',
  'occurredAt',
  'offence',
  'ageGroup',
  'item',
  'quantity',
  'unit',
  'estimatedValueGBP',
  'drug',
  'lineName',
  'category',
  'severity',
  'description',
  'location',
  'notes',
  'tags',
] as const;
export type Column = (typeof COLUMNS)[number];

/** A header cell as a column: any case, spaces and underscores ignored ("Occurred at"). */
export const columnOf = (header: string): Column | undefined => {
  const plain = header.trim().toLowerCase().replace(/[\s_]/g, '');
  return COLUMNS.find((column) => column.toLowerCase() === plain);
};

const EVERY_KIND: readonly Column[] = ['kind', 'occurredAt', 'location', 'notes', 'tags'];
const OWN: Record<Kind, readonly Column[]> = {
  arrest: ['offence'],
  warrant: [],
  charge: [],
  'welfare-visit': [],
  engagement: [],
  'vehicle-stop': [],
  safeguarding: ['ageGroup'],
  seizure: ['item', 'quantity', 'unit', 'estimatedValueGBP', 'drug', 'description'],
  'county-line-closure': ['lineName'],
  disruption: ['category', 'severity', 'description'],
};

/** Whether a kind of entry has this field (a filled cell of another kind's is a mistake). */
export const kindHas = (kind: Kind, column: Column): boolean =>
  EVERY_KIND.includes(column) ||
  OWN[kind].includes(column) ||
  (column === 'count' && countMostOf(kind) !== undefined);
