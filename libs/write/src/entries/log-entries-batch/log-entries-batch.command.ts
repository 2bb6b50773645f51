import { Command } from '@nestjs/cqrs';
import type { Provenance } from '@ros/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { POSITION_SCHEMA, validated } from '@ros/platform';
import { LogEntriesBatchInput } from './log-entries-batch.input';

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

export class LogEntriesBatchCommand extends Command<BatchResults> {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    readonly entries: unknown[],
    readonly provenance: Provenance,
  ) {
    super();
  }

  static create(operation: string, phase: number, body: unknown, provenance: Provenance) {
    validated(LogEntriesBatchInput, body, '', { judgedApart: ['entries'] });
    // The entries as sent, not as transformed: each is validated on its own, odd keys included.
    const { entries } = body as LogEntriesBatchInput;
    return new LogEntriesBatchCommand(operation, phase, entries, provenance);
  }
}
