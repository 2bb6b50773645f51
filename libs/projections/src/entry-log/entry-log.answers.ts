import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENTRY_KINDS, ENTRY_STATUSES, FORCE_IDS, type EntryStatus } from '@ros/domain';
import { POSITION_SCHEMA } from '@ros/platform';

export const ENTRY_CHANGES = ['logged', 'corrected', 'retracted'] as const;

/** One change in an entry's history, oldest first. */
export class EntryHistoryItem {
  @ApiProperty({ enum: ENTRY_CHANGES })
  change!: (typeof ENTRY_CHANGES)[number];

  @ApiProperty({
    ...POSITION_SCHEMA,
    description: 'The global position of the event that recorded it.',
  })
  position!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ description: 'The username of who recorded it.' })
  recordedBy!: string;

  /** Its schema is the entry bodies', which the API documents (apps/api/src/openapi). */
  @ApiPropertyOptional({
    description: 'The entry as logged or as corrected (`logged` and `corrected` only).',
  })
  entry?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Why (`corrected` and `retracted` only).' })
  reason?: string;
}

/** An entry as it stands, with its history. */
export class EntryLogItem {
  @ApiProperty({ format: 'uuid' })
  entryId!: string;

  @ApiProperty({ enum: FORCE_IDS })
  force!: string;

  @ApiProperty({
    enum: ENTRY_KINDS,
    description: 'Its kind as it stands (a correction may change it).',
  })
  kind!: string;

  @ApiProperty({
    enum: ENTRY_STATUSES,
    description: '`retracted` entries no longer count; `corrected` ones count as corrected.',
  })
  status!: EntryStatus;

  /** Its schema is the entry bodies', which the API documents (apps/api/src/openapi). */
  @ApiProperty({
    description: 'The entry as it stands: defaults applied, `occurredAt` in UTC, sets sorted.',
  })
  current!: Record<string, unknown>;

  @ApiProperty({ type: () => [EntryHistoryItem] })
  history!: EntryHistoryItem[];

  @ApiProperty({ description: 'The username of who logged it.' })
  recordedBy!: string;

  @ApiProperty({ format: 'date-time', description: 'When it was logged.' })
  recordedAt!: string;
}

/** A page of the entry log. */
export class EntryLogPage {
  @ApiProperty({ type: () => [EntryLogItem] })
  items!: EntryLogItem[];

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Give it as `cursor` for the next page; null on the last page.',
  })
  nextCursor!: string | null;
}
