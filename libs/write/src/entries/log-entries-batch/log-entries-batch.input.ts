import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';

/** The most entries one batch may carry. */
export const BATCH_MAX_ENTRIES = 1000;

export class LogEntriesBatchInput {
  /** Checked apart, each as if posted alone (see the batch handler). */
  @ApiProperty({
    description:
      'Entries as each would be posted alone, with its entryId: each is judged on its own, and ' +
      'one refused does not stop the others (its result says why).',
  })
  @IsArray()
  @ArrayMaxSize(BATCH_MAX_ENTRIES)
  entries!: unknown[];
}
