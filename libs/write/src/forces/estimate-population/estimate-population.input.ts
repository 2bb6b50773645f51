import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CALENDAR_DATE,
  EARLIEST_DATE,
  LATEST_DATE,
  POPULATION_LIMITS,
  SOURCE_LENGTH,
} from '@ros/domain';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { HoldsNoPersonalData, IsNotBlank } from '@ros/platform';

export class EstimatePopulationInput {
  @ApiProperty({ description: 'People living in the force’s area.', example: 1_000_000 })
  @IsInt()
  @Min(POPULATION_LIMITS.min)
  @Max(POPULATION_LIMITS.max)
  population!: number;

  @ApiProperty({
    description: 'Where the figure comes from.',
    example: 'ONS mid-2024 estimates, sum of local authorities',
  })
  @IsString()
  @Length(SOURCE_LENGTH.min, SOURCE_LENGTH.max)
  @IsNotBlank()
  @HoldsNoPersonalData()
  source!: string;

  @ApiPropertyOptional({
    description: `The first UK calendar day rates use it for, ${EARLIEST_DATE} to ${LATEST_DATE}; today when not given.`,
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'appliesFrom must be a date YYYY-MM-DD' })
  appliesFrom?: string;
}
