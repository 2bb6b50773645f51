import { ApiPropertyOptional } from '@nestjs/swagger';
import { ENTRY_KINDS, ENTRY_STATUSES, FORCE_IDS } from '@ros/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ReadInput } from '../../read-your-writes/read-input';

/** Entries per page of the entry log: `limit`, and the page when no limit is given. */
export const ENTRY_LOG_PAGE = { default: 100, max: 1000 } as const;

export const LIMIT = `limit must be a whole number from 1 to ${ENTRY_LOG_PAGE.max}`;

export class ListEntriesInput extends ReadInput {
  @ApiPropertyOptional({
    description:
      'Only this force’s entries (a coordinator sees their own force’s only: 403 for another).',
  })
  @IsOptional()
  @IsIn(FORCE_IDS, { message: `force must be one of: ${FORCE_IDS.join(', ')}` })
  force?: string;

  @ApiPropertyOptional({ description: 'Only entries of this kind, as they stand now.' })
  @IsOptional()
  @IsIn(ENTRY_KINDS, { message: `kind must be one of: ${ENTRY_KINDS.join(', ')}` })
  kind?: string;

  @ApiPropertyOptional({ description: 'Only entries that stand so.' })
  @IsOptional()
  @IsIn(ENTRY_STATUSES, { message: `status must be one of: ${ENTRY_STATUSES.join(', ')}` })
  status?: string;

  @ApiPropertyOptional({
    description: `Entries per page: ${ENTRY_LOG_PAGE.default} when not given for JSON; every entry at once for CSV.`,
    type: 'integer',
    minimum: 1,
    maximum: ENTRY_LOG_PAGE.max,
  })
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: LIMIT })
  limit?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page, as it was given.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'cursor must be a nextCursor from an earlier page' })
  cursor?: string;
}
