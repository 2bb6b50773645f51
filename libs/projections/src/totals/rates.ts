import type { Per1000, Totals } from './totals.answers';

/** Per 1,000 people of the force's area, to three decimals (Wiltshire's 3.27 disruptions, say). */
export const per1000 = (count: number, population: number): number =>
  Math.round((count / population) * 1000 * 1000) / 1000;

const disruptionsOf = (totals: Totals) =>
  totals.disruptions.pursue +
  totals.disruptions.protect +
  totals.disruptions.prevent +
  totals.disruptions.prepare;

/** The rates forces are compared on. */
export const ratesOf = (totals: Totals, population: number): Per1000 => ({
  arrests: per1000(totals.arrests, population),
  disruptions: per1000(disruptionsOf(totals), population),
  warrants: per1000(totals.warrants, population),
  countyLinesClosed: per1000(totals.countyLinesClosed, population),
});

/** The rates as CSV columns. */
export const rateColumns = (population: number, rates: Per1000) => ({
  population,
  arrestsPer1000: rates.arrests,
  disruptionsPer1000: rates.disruptions,
  warrantsPer1000: rates.warrants,
  countyLinesClosedPer1000: rates.countyLinesClosed,
});
