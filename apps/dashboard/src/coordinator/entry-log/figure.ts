import { formatCount } from '../../ui/format';
import type { Entry } from './entry-types';

const pence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const amount = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** Pounds, with pence only when there are some: "£12,500", "£12,500.50". */
export const formatMoney = (pounds: number): string =>
  Number.isInteger(pounds) ? `£${formatCount(pounds)}` : pence.format(pounds);

const quantityOf = (quantity: number, unit: string): string => {
  if (unit === 'GBP') return formatMoney(quantity);
  if (unit === 'item') return `${formatCount(quantity)} ${quantity === 1 ? 'item' : 'items'}`;
  return `${amount.format(quantity)} ${unit}`;
};

/** What an entry adds to the figures, in words: "14", "250 g, worth £20,000". */
export const figureOf = (entry: Entry): string => {
  switch (entry.kind) {
    case 'seizure': {
      const what = entry.item.replace(/-/g, ' ');
      const parts = [what];
      if (entry.quantity !== undefined && entry.unit)
        parts.push(quantityOf(entry.quantity, entry.unit));
      if (entry.estimatedValueGBP !== undefined)
        parts.push(`worth ${formatMoney(entry.estimatedValueGBP)}`);
      return parts.join(', ');
    }
    case 'county-line-closure':
      return entry.lineName ? `1 line (${entry.lineName})` : '1 line';
    case 'disruption':
      return `1 (${entry.category}, ${entry.severity})`;
    case 'safeguarding':
      return `${formatCount(entry.count)} ${entry.ageGroup === 'child' ? 'children' : 'adults'}`;
    case 'arrest':
      return entry.offence
        ? `${formatCount(entry.count)} (${entry.offence.replace(/-/g, ' ')})`
        : formatCount(entry.count);
    default:
      return formatCount(entry.count);
  }
};
