import { ApiProperty } from '@nestjs/swagger';
import { TEXT_LIMITS } from '@ros/domain';
import { IsNotBlank } from '@ros/platform';
import { IsString, Length } from 'class-validator';

export class RetractEntryInput {
  @ApiProperty({ description: 'Why the entry no longer counts: kept in its history for good.' })
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  @IsNotBlank()
  reason!: string;
}
