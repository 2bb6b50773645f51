/**
 * The totals the benchmark asks for, as routes of the API and as questions to the naive
 * SQL baseline. The generated log's dates run from March 2022 for about 900 days.
 */
export interface Question {
  name: string;
  path: string;
  /** What the naive baseline filters on. */
  where: {
    operation?: string;
    phase?: number;
    force?: string;
    asOf?: string;
    from?: string;
    to?: string;
  };
  /** What the naive baseline groups by. */
  by: 'force' | 'operation';
}

export const questions = (asOf: string): Question[] => [
  { name: 'summary', path: '/api/summary', where: {}, by: 'force' },
  {
    name: 'phase totals',
    path: '/api/operations/scorpion/phases/5/totals',
    where: { operation: 'scorpion', phase: 5 },
    by: 'force',
  },
  {
    name: 'force totals',
    path: '/api/forces/dorset/totals',
    where: { force: 'dorset' },
    by: 'operation',
  },
  {
    name: 'phase totals ?asOf',
    path: `/api/operations/scorpion/phases/5/totals?asOf=${encodeURIComponent(asOf)}`,
    where: { operation: 'scorpion', phase: 5, asOf },
    by: 'force',
  },
  {
    name: 'summary ?from&to',
    path: '/api/summary?from=2023-01-01&to=2023-06-30',
    where: { from: '2023-01-01', to: '2023-06-30' },
    by: 'force',
  },
];
