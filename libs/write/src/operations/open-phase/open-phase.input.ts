import { NAME_LENGTH, PHASE_NUMBERS } from '@ros/domain';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CALENDAR_DATE } from '../phase-dates';

export class OpenPhaseInput {
  /** The phase's number within its operation, 1 to 999. */
  @IsInt()
  @Min(PHASE_NUMBERS.min)
  @Max(PHASE_NUMBERS.max)
  number!: number;

  /** Its first day (UK calendar day), from 2000-01-01 to 2099-12-31. */
  @Matches(CALENDAR_DATE, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn!: string;

  /** Defaults to "Phase <number>". */
  @IsOptional()
  @IsString()
  @Length(1, NAME_LENGTH)
  name?: string;
}
