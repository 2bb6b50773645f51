import { ApiProperty } from '@nestjs/swagger';
import { TEXT_LIMITS } from '@ros/domain';
import { IsString, Length } from 'class-validator';
import { HoldsNoPersonalData, IsNotBlank } from '@ros/platform';

export class ReopenPhaseInput {
  @ApiProperty({ description: 'Why the phase is opened again: kept in its history for good.' })
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  @IsNotBlank()
  @HoldsNoPersonalData()
  reason!: string;
}
