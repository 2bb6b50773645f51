import { IsIn, IsOptional, Matches } from 'class-validator';

const MAX_POSITION = 2n ** 63n - 1n;
const MAX_WAIT_MS = 10_000;

/** What every read route answers in: JSON, or CSV when asked for by `format` or `Accept`. */
export class ReadInput {
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';

  /** Wait until the read model has projected at least this position (read-your-writes). */
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'minPosition must be a position, as returned by a write' })
  minPosition?: string;

  /** How long to wait for minPosition, 0 to 10000 ms. */
  @IsOptional()
  @Matches(/^\d{1,5}$/, {
    message: 'waitMs must be a whole number of milliseconds from 0 to 10000',
  })
  waitMs?: string;
}

export interface ReadParams {
  /** The position to wait for, or null. */
  minPosition: bigint | null;
  waitMs: number;
  csv: boolean;
}

/** The read parameters, or the problems with them (each naming its parameter). */
export const readParamsOf = (
  input: ReadInput,
  accept: string | undefined,
): { params: ReadParams; problems: string[] } => {
  const problems: string[] = [];
  const waitMs = Number(input.waitMs ?? 0);
  if (waitMs > MAX_WAIT_MS)
    problems.push('waitMs must be a whole number of milliseconds from 0 to 10000');
  const minPosition = input.minPosition ? BigInt(input.minPosition) : null;
  if (minPosition !== null && minPosition > MAX_POSITION)
    problems.push('minPosition must be a position, as returned by a write');
  const csv = input.format === 'csv' || (!input.format && (accept ?? '').includes('text/csv'));
  return { params: { minPosition, waitMs, csv }, problems };
};
