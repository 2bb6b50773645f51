import type { ExplorerMeasure } from './measures';

// The API sums exactly, to the milligram and the penny: sums here are of whole thousandths,
// so that 0.1 + 0.2 adds up to 0.3 and a drill-down's total equals the figure clicked.
const toMilli = (n: number): number => Math.round(n * 1000);

export const exactSum = (values: number[]): number =>
  values.reduce((sum, n) => sum + toMilli(n), 0) / 1000;

const formats = new Map<number, Intl.NumberFormat>();
/** A figure as the table shows it: UK separators, as many decimals as the measure has. */
export const formatFigure = (measure: ExplorerMeasure, n: number): string => {
  let format = formats.get(measure.decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: measure.decimals });
    formats.set(measure.decimals, format);
  }
  return format.format(n);
};
