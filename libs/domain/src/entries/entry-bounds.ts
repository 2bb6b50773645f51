import type { EntryKind, Unit } from './entry';

/**
 * Every bound an entry's fields must keep. Whatever the write side accepts, every
 * projection must be able to count, exactly: so each field is bounded here, once, and
 * the input classes, the contract and the OpenAPI document all say these numbers.
 */
export const TEXT_LIMITS = {
  notes: 1000,
  location: 100,
  drug: 40,
  description: 500,
  lineName: 100,
  reason: 500,
} as const;

export const TAG_LIMITS = { perEntry: 5, length: 64 } as const;

/** Counts are whole numbers from 1; road checks stop far more vehicles than anything else counts. */
export const countLimitOf = (kind: EntryKind): number => (kind === 'vehicle-stop' ? 10_000 : 1000);

/**
 * Seizure quantities by unit: at most `decimals` places, from `min` to `max`. Weights stop
 * at the milligram and money at the penny, so every sum is exact; ten tonnes and £100m
 * are well past the largest seizures on record.
 */
export const QUANTITY_LIMITS: Record<Unit, { min: number; max: number; decimals: number }> = {
  item: { min: 1, max: 1_000_000, decimals: 0 },
  g: { min: 0.001, max: 10_000_000, decimals: 3 },
  kg: { min: 0.001, max: 10_000, decimals: 3 },
  GBP: { min: 0.01, max: 100_000_000, decimals: 2 },
};

/** The largest quantity of any unit: the outer bound the input checks before the unit's own. */
export const QUANTITY_MAX = Math.max(...Object.values(QUANTITY_LIMITS).map((l) => l.max));

/** A street or estimated value, in pounds and pence. */
export const ESTIMATED_VALUE_LIMITS = { min: 0, max: 1_000_000_000, decimals: 2 } as const;

/** True when a number has no more than `places` decimal places (1.25 has 2; 0.1 + 0.2 has 17). */
export const hasAtMostDecimals = (value: number, places: number): boolean =>
  Number.isFinite(value) && Number(value.toFixed(places)) === value;
