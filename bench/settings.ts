/**
 * How much work each part of the benchmark does. `--quick` (CI) keeps the same table
 * shape with small sizes, few rounds and short load runs, so a full run and a quick run
 * can be read side by side, and CI proves the harness still works without judging it.
 */
export interface BenchSettings {
  quick: boolean;
  /** Event counts of the generated logs; queries are measured at each, ratios largest/smallest. */
  sizes: number[];
  /** A/B rounds of the event-store comparison (ours, Emmett, ours, Emmett, …). */
  storeRounds: number;
  /** Single-event appends per round and writer set. */
  singleAppends: number;
  /** 100-event appends per round. */
  batchAppends: number;
  /** Seconds each autocannon run lasts. */
  loadSeconds: number;
  /** Sequential requests for single-client latency (after a warm-up of a tenth as many). */
  sequentialRequests: number;
  /** Entries in the one timed batch over HTTP (the API's limit is 1,000). */
  batchEntries: number;
}

export const benchSettings = (argv: string[], env: NodeJS.ProcessEnv): BenchSettings => {
  const quick = argv.includes('--quick');
  const sizes = (env.BENCH_SIZES ?? (quick ? '1000,5000' : '10000,1000000'))
    .split(',')
    .map((size) => Number(size.trim()))
    .filter((size) => Number.isFinite(size) && size > 0)
    .sort((a, b) => a - b);
  if (sizes.length === 0) throw new Error('BENCH_SIZES must list event counts, e.g. 10000,1000000');
  return quick
    ? {
        quick,
        sizes,
        storeRounds: 2,
        singleAppends: 100,
        batchAppends: 10,
        loadSeconds: 2,
        sequentialRequests: 50,
        batchEntries: 1000,
      }
    : {
        quick,
        sizes,
        storeRounds: 4,
        singleAppends: 1000,
        batchAppends: 100,
        loadSeconds: 10,
        sequentialRequests: 300,
        batchEntries: 1000,
      };
};
