import { PoisonEvent } from '../projector/projection';

/**
 * Figures are summed in thousandths, as whole numbers (bigint): counts, pounds and pence,
 * and grams to the milligram all fit, and no sum can drift or overflow as binary floating
 * point would (0.1 + 0.2, or 9007199254740993 read back as …992). The write side bounds
 * every value to at most three decimal places, far below 2^53 thousandths.
 */
export const MILLI = 1000;

/**
 * A value in thousandths. Values logged before the bounds (a price to a tenth of a penny)
 * are rounded to the nearest thousandth; one no total can hold at all is parked.
 */
export const toMilli = (value: number, what: string): bigint => {
  const milli = Math.round(value * MILLI);
  if (!Number.isSafeInteger(milli))
    throw new PoisonEvent(`${what} (${value}) cannot be counted exactly`);
  return BigInt(milli);
};

/** Thousandths back to the figure the API answers: exact to the last decimal it prints. */
export const fromMilli = (milli: bigint): number => Number(milli) / MILLI;

/** SQL that reads a numeric sum as thousandths, for `BigInt()` on this side. */
export const milliSql = (expression: string): string =>
  `(round(${expression} * ${MILLI}))::int8::text`;
