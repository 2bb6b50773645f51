import { ApiProperty } from '@nestjs/swagger';
import {
  FORCE_IDS,
  OPERATION_SCOPES,
  PHASE_STATUSES,
  type ForceId,
  type Operation,
  type OperationScope,
  type Phase,
  type PhaseStatus,
} from '@ros/domain';

/** A phase, as the API shows it. */
export class PhaseAnswer implements Phase {
  @ApiProperty({ type: 'integer' })
  number!: number;

  @ApiProperty({ example: 'Phase 5' })
  name!: string;

  @ApiProperty({ enum: PHASE_STATUSES })
  status!: PhaseStatus;

  @ApiProperty({ format: 'date', description: 'Its first day (UK calendar day).' })
  startsOn!: string;

  @ApiProperty({
    type: 'string',
    format: 'date',
    nullable: true,
    description: 'Its last day when closed; null while open.',
  })
  endsOn!: string | null;
}

/** An operation with its phases, as the API shows it (the domain's Operation). */
export class OperationAnswer implements Operation {
  @ApiProperty({ example: 'scorpion' })
  id!: string;

  @ApiProperty({ example: 'Operation Scorpion' })
  name!: string;

  @ApiProperty({ enum: OPERATION_SCOPES })
  scope!: OperationScope;

  @ApiProperty({ enum: FORCE_IDS, isArray: true })
  forces!: ForceId[];

  @ApiProperty({ description: 'Empty when none was given.' })
  description!: string;

  @ApiProperty({ type: () => [PhaseAnswer], description: 'In the order they were opened.' })
  phases!: PhaseAnswer[];
}
