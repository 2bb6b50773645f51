import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { messageOfDomainError, POSITION_SCHEMA, statusOfDomainError } from '@ros/platform';
import type { BatchEntryOutcome, EntryLogOutcome } from '@ros/write';

/** What became of one entry of a batch: as a POST of it alone would have answered. */
export class BatchResult {
  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'The entry’s entryId, as sent; null when it had none (or not as text).',
  })
  entryId!: string | null;

  @ApiProperty({
    type: 'integer',
    description:
      '201 stored, 200 stored before with the same body; otherwise the refusal’s status (400, 403, 404, 409, 422).',
    example: 201,
  })
  status!: number;

  @ApiPropertyOptional({ ...POSITION_SCHEMA, description: 'Stored (201 or 200) only.' })
  position?: string;

  @ApiPropertyOptional({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'Refused only: why, as the refusal’s `message`.',
  })
  message?: string | string[];
}

export class BatchResults {
  @ApiProperty({ type: () => [BatchResult], description: 'One per entry, in the order sent.' })
  results!: BatchResult[];
}

/** An entry logged answers 201; the same request repeated answers 200. */
export const statusOfLogOutcome = ({ outcome }: EntryLogOutcome): 200 | 201 =>
  outcome === 'created' ? 201 : 200;

export const batchResultOf = (entry: BatchEntryOutcome): BatchResult =>
  entry.outcome === 'refused'
    ? {
        entryId: entry.entryId,
        status: statusOfDomainError(entry.error),
        message: messageOfDomainError(entry.error),
      }
    : {
        entryId: entry.receipt.entryId,
        status: statusOfLogOutcome(entry),
        position: entry.receipt.position,
      };
