import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DATE, EARLIEST_DATE, LATEST_DATE, NAME_LENGTH, PHASE_NUMBERS } from '@ros/domain';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { HoldsNoPersonalData, IsNotBlank } from '@ros/platform';

export class OpenPhaseInput {
  @ApiProperty({ description: 'The phase’s number within its operation (409 if taken).' })
  @IsInt()
  @Min(PHASE_NUMBERS.min)
  @Max(PHASE_NUMBERS.max)
  number!: number;

  @ApiProperty({
    description: `Its first day (UK calendar day), ${EARLIEST_DATE} to ${LATEST_DATE}.`,
  })
  @Matches(CALENDAR_DATE, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn!: string;

  @ApiPropertyOptional({ description: '"Phase <number>" when not given.' })
  @IsOptional()
  @IsString()
  @Length(1, NAME_LENGTH)
  @IsNotBlank()
  @HoldsNoPersonalData()
  name?: string;
}
