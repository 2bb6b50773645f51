import type { EntryFacts, SeizureItem, Unit } from './entry';
import { ESTIMATED_VALUE_LIMITS, hasAtMostDecimals, QUANTITY_LIMITS } from './entry-bounds';

type Seizure = Extract<EntryFacts, { kind: 'seizure' }>;

const DRUGS: SeizureItem[] = ['class-a-drugs', 'class-b-drugs', 'class-c-drugs'];
/** Releases often give only a street value for these, so a value alone is enough. */
export const VALUE_ALONE_ENOUGH: readonly SeizureItem[] = [...DRUGS, 'stolen-property'];

/** The unit each item is counted in: cash in GBP, drugs by weight, everything else in items. */
export const unitsFor = (item: SeizureItem): Unit[] =>
  item === 'cash' ? ['GBP'] : DRUGS.includes(item) ? ['g', 'kg'] : ['item'];

/**
 * Problems with a seizure's quantity, unit and value, each naming the field at fault by its
 * path: `prefix` is where the seizure sits in a larger body (`entry` of a correction).
 */
export const seizureProblems = (seizure: Seizure, prefix = ''): string[] => {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  return [...quantityProblems(seizure, at), ...valueProblems(seizure, at)];
};

type FieldPath = (field: string) => string;

const quantityProblems = (
  { item, quantity, unit, estimatedValueGBP }: Seizure,
  at: FieldPath,
): string[] => {
  if (quantity === undefined && unit === undefined) {
    if (VALUE_ALONE_ENOUGH.includes(item) && estimatedValueGBP !== undefined) return [];
    return VALUE_ALONE_ENOUGH.includes(item)
      ? [
          `${at('quantity')} and ${at('unit')}, or ${at('estimatedValueGBP')}, are required for ${item}`,
        ]
      : [`${at('quantity')} and ${at('unit')} are required for ${item}`];
  }
  if (quantity === undefined) return [`${at('quantity')} is required when unit is given`];
  if (unit === undefined) return [`${at('unit')} is required when quantity is given`];
  const allowed = unitsFor(item);
  if (!allowed.includes(unit)) return [`${at('unit')} must be ${allowed.join(' or ')} for ${item}`];
  if (unit === 'item' && !Number.isInteger(quantity))
    return [`${at('quantity')} must be a whole number of items for ${item}`];
  const { min, max, decimals } = QUANTITY_LIMITS[unit];
  if (!hasAtMostDecimals(quantity, decimals))
    return [`${at('quantity')} in ${unit} must have at most ${decimals} decimal places`];
  if (quantity < min || quantity > max)
    return [`${at('quantity')} in ${unit} must be from ${min} to ${max.toLocaleString('en-GB')}`];
  return [];
};

const valueProblems = ({ estimatedValueGBP: value }: Seizure, at: FieldPath): string[] =>
  value === undefined || hasAtMostDecimals(value, ESTIMATED_VALUE_LIMITS.decimals)
    ? []
    : [`${at('estimatedValueGBP')} must be in pounds and pence (at most 2 decimal places)`];
