import { ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DATE, InvalidInput, isCalendarDate } from '@ros/domain';
import { IsDateTimeInRange, validated } from '@ros/platform';
import { IsOptional, Matches } from 'class-validator';
import { ReadInput, readParamsOf, type ReadParams } from '../../read-your-writes/read-input';
import type { TotalsFilter } from '../totals-filter';

export class TotalsQueryInput extends ReadInput {
  @ApiPropertyOptional({
    description:
      'The figures as they were known at this moment (ISO-8601 with Z or a UTC offset, 2000-01-01 to 2099-12-31).',
  })
  @IsOptional()
  @IsDateTimeInRange()
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, {
    message: 'asOf must end with Z or a UTC offset (in a URL, write + as %2B)',
  })
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
}

export interface TotalsParams extends ReadParams {
  filter: TotalsFilter;
}

/** The parameters every totals route takes, validated: 400 naming each problem. */
export const parseTotalsParams = (query: unknown, accept?: string): TotalsParams => {
  const input = validated(TotalsQueryInput, query ?? {}, 'query');
  const problems: string[] = [];
  for (const field of ['from', 'to'] as const)
    if (input[field] && !isCalendarDate(input[field]!))
      problems.push(`${field} must be a real calendar date`);
  if (input.from && input.to && input.from > input.to) problems.push('from must not be after to');
  const read = readParamsOf(input, accept);
  problems.push(...read.problems);
  if (problems.length) throw new InvalidInput(problems);
  return {
    ...read.params,
    filter: { asOf: input.asOf ? new Date(input.asOf) : undefined, from: input.from, to: input.to },
  };
};
