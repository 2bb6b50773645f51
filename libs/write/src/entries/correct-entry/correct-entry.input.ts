import { ApiProperty } from '@nestjs/swagger';
import { TEXT_LIMITS } from '@ros/domain';
import { IsNotBlank } from '@ros/platform';
import { IsObject, IsString, Length } from 'class-validator';

export class CorrectEntryInput {
  @ApiProperty({ description: 'Why the entry is corrected: kept in its history for good.' })
  @IsString()
  @Length(1, TEXT_LIMITS.reason)
  @IsNotBlank()
  reason!: string;

  /** Checked apart, as the body of its kind (see parse-entry.ts). */
  @ApiProperty({
    description:
      'The full replacement entry, without its entryId: any kind, with that kind’s fields and rules.',
  })
  @IsObject()
  entry!: Record<string, unknown>;
}
