import type { Row } from './row';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The one table a run prints and writes into docs/benchmarks.md. */
export const markdownTable = (header: string, notes: string[], rows: Row[]): string =>
  [
    header,
    '',
    ...notes.map((note) => `- ${note}`),
    '',
    '| area | measure | result | target | met |',
    '|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${cell(row.area)} | ${cell(row.measure)} | ${cell(row.result)} | ${cell(row.target ?? '')} | ${
          row.met === undefined ? '' : row.met ? 'met' : '**not met**'
        } |`,
    ),
  ].join('\n');
