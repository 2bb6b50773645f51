/** Figures from samples: percentiles of latencies (ms), medians of rates. */
export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export const median = (values: number[]): number => percentile(values, 50);

export const ms = (value: number): string =>
  Number.isNaN(value) ? 'n/a' : value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;

export const whole = (value: number): string =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : 'n/a';

export const ratio = (value: number): string =>
  Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';

export const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(2)} s`;

/** 10000 → 10k, 1000000 → 1M: the size labels of the table. */
export const sizeLabel = (size: number): string =>
  size >= 1_000_000 && size % 100_000 === 0
    ? `${size / 1_000_000}M`
    : size >= 1000 && size % 100 === 0
      ? `${size / 1000}k`
      : String(size);

/** Milliseconds since `started` (a process.hrtime.bigint()). */
export const elapsedMs = (started: bigint): number =>
  Number(process.hrtime.bigint() - started) / 1e6;
