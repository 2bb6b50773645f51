import { POPULATION_LIMITS, SOURCE_LENGTH } from '@ros/domain';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CALENDAR_DATE } from '../../operations/phase-dates';

export class EstimatePopulationInput {
  /** People living in the force's area: a whole number from 1 to 100,000,000. */
  @IsInt()
  @Min(POPULATION_LIMITS.min)
  @Max(POPULATION_LIMITS.max)
  population!: number;

  /** Where the figure comes from, e.g. "ONS mid-2024 estimates, sum of local authorities". */
  @IsString()
  @Length(SOURCE_LENGTH.min, SOURCE_LENGTH.max)
  source!: string;

  /** The first UK calendar day rates use it for (2000-01-01 to 2099-12-31); today when not given. */
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'appliesFrom must be a date YYYY-MM-DD' })
  appliesFrom?: string;
}
