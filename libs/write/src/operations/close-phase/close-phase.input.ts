import { ApiProperty } from '@nestjs/swagger';
import { CALENDAR_DATE } from '@ros/domain';
import { Matches } from 'class-validator';

export class ClosePhaseInput {
  @ApiProperty({
    description:
      'The phase’s last day (UK calendar day): today or earlier, not before its start or its latest entry that counts (422).',
  })
  @Matches(CALENDAR_DATE, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn!: string;
}
