/** One line of the benchmark's table: a measure, its figure, and the issue's target if it has one. */
export interface Row {
  area: string;
  measure: string;
  result: string;
  target?: string;
  /** Whether the figure meets the target; absent when there is none. */
  met?: boolean;
}

/** The rows each part of the benchmark adds, in the order they were measured. */
export class Rows {
  readonly all: Row[] = [];

  add(row: Row): void {
    this.all.push(row);
    const verdict = row.met === undefined ? '' : row.met ? ' — met' : ' — not met';
    process.stdout.write(
      `  ${row.area} | ${row.measure}: ${row.result}${row.target ? ` (target ${row.target}${verdict})` : ''}\n`,
    );
  }
}

/** A target given as a bound: `≥ 2,500 entries/s` is atLeast(2500, 'entries/s'). */
export const atLeast = (bound: number, unit: string) => ({
  target: `≥ ${bound.toLocaleString('en-GB')}${unit ? ` ${unit}` : ''}`,
  met: (value: number) => value >= bound,
});

export const atMost = (bound: number, unit: string) => ({
  target: `≤ ${bound.toLocaleString('en-GB')}${unit ? ` ${unit}` : ''}`,
  met: (value: number) => value <= bound,
});
