import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DATE, EARLIEST_DATE, LATEST_DATE, TEXT_LIMITS } from '@ros/domain';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { HoldsNoPersonalData, IsNotBlank } from '@ros/platform';

const DAYS = `(UK calendar day, ${EARLIEST_DATE} to ${LATEST_DATE})`;

export class AmendPhaseDatesInput {
  @ApiPropertyOptional({
    description: `The phase’s corrected first day ${DAYS}: every entry that counts must be on or after it (422). At least one of startsOn and endsOn.`,
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn?: string;

  @ApiPropertyOptional({
    description: `A closed phase’s corrected last day ${DAYS}: today or earlier, not before its latest entry that counts (422).`,
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string;

  @ApiProperty({ description: 'Why the dates change: kept in the phase’s history for good.' })
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  @IsNotBlank()
  @HoldsNoPersonalData()
  reason!: string;
}
