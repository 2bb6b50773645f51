import { InvalidInput, isCalendarDate } from '@ros/domain';
import { validated } from '@ros/platform';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import type { TotalsFilter } from './totals-filter';

export class TotalsQueryInput {
  /** The figures as they were known at this moment (ISO-8601 with a zone). */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf must be an ISO-8601 date-time' })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: 'asOf must end with Z or a UTC offset' })
  asOf?: string;

  /** Only what occurred on or after this date. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  /** Only what occurred on or before this date. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

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

  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}

export interface TotalsParams {
  filter: TotalsFilter;
  minPosition: bigint | null;
  waitMs: number;
  csv: boolean;
}

export const parseTotalsParams = (query: unknown, accept?: string): TotalsParams => {
  const input = validated(TotalsQueryInput, query ?? {}, 'query');
  const problems: string[] = [];
  for (const field of ['from', 'to'] as const)
    if (input[field] && !isCalendarDate(input[field]!))
      problems.push(`${field} must be a real calendar date`);
  if (input.from && input.to && input.from > input.to) problems.push('from must not be after to');
  const waitMs = Number(input.waitMs ?? 0);
  if (waitMs > 10_000)
    problems.push('waitMs must be a whole number of milliseconds from 0 to 10000');
  if (input.minPosition && BigInt(input.minPosition) > 2n ** 63n - 1n)
    problems.push('minPosition must be a position, as returned by a write');
  if (problems.length) throw new InvalidInput(problems);
  return {
    filter: { asOf: input.asOf ? new Date(input.asOf) : undefined, from: input.from, to: input.to },
    minPosition: input.minPosition ? BigInt(input.minPosition) : null,
    waitMs,
    csv: input.format === 'csv' || (!input.format && (accept ?? '').includes('text/csv')),
  };
};
