import { TEXT_LIMITS } from '@ros/domain';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { CALENDAR_DATE } from '../phase-dates';

export class AmendPhaseDatesInput {
  /** The phase's corrected first day; every entry that counts must be on or after it. */
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn?: string;

  /** A closed phase's corrected last day: today or earlier, not before its latest entry. */
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string;

  /** Why the dates change: kept in the phase's history for good. */
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  reason!: string;
}
