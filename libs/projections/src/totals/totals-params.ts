import { ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DATE, InvalidInput, isCalendarDate } from '@ros/domain';
import { validated } from '@ros/platform';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { MAX_WAIT_MS } from './projection-progress';
import type { TotalsFilter } from './totals-filter';

const WAIT_MS = `waitMs must be a whole number of milliseconds from 0 to ${MAX_WAIT_MS}`;

export class TotalsQueryInput {
  @ApiPropertyOptional({
    description: 'The figures as they were known at this moment (ISO-8601 with Z or a UTC offset).',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf must be an ISO-8601 date-time' })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: 'asOf must end with Z or a UTC offset' })
  asOf?: string;

  @ApiPropertyOptional({
    description: 'Only what occurred on or after this UK calendar day (a real date).',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    description:
      'Only what occurred on or before this UK calendar day (a real date, not before from).',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({
    description:
      'Read-your-writes: wait (up to waitMs) until the figures include this position, as a write answered it. ' +
      '`minPositionReached` and the header `X-Min-Position-Reached` say whether they do.',
  })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'minPosition must be a position, as returned by a write' })
  minPosition?: string;

  @ApiPropertyOptional({
    description: 'How long to wait for minPosition, in milliseconds.',
    type: 'integer',
    minimum: 0,
    maximum: MAX_WAIT_MS,
    default: 0,
  })
  @IsOptional()
  @Matches(/^\d{1,5}$/, { message: WAIT_MS })
  waitMs?: string;

  @ApiPropertyOptional({
    description: '`csv` answers the same figures as CSV (as does `Accept: text/csv`).',
  })
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
  if (waitMs > MAX_WAIT_MS) problems.push(WAIT_MS);
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
