import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateTimeInRange } from '@ros/platform';
import { IsOptional, Matches } from 'class-validator';

/** Records per page of `GET /api/audit`: `limit`, and the page when no limit is given. */
export const AUDIT_PAGE = { default: 100, max: 1000 } as const;

export const AUDIT_LIMIT = `limit must be a whole number from 1 to ${AUDIT_PAGE.max}`;
export const AUDIT_CURSOR = 'cursor must be a nextCursor from an earlier page';

export class ListAuditRecordsInput {
  @ApiPropertyOptional({
    description: 'Only what this username did (or tried, to sign in); any case.',
  })
  @IsOptional()
  @Matches(/^[\w.@-]{1,100}$/, { message: 'user must be a username' })
  user?: string;

  @ApiPropertyOptional({
    description: 'Only what was done by people of this force (their token’s force).',
  })
  @IsOptional()
  @Matches(/^[a-z][a-z-]{0,49}$/, { message: 'force must be a force id, as devon-cornwall' })
  force?: string;

  @ApiPropertyOptional({
    description:
      'Only this action, as `entry.log`, `entry-log.read`, `auth.sign-in` (docs/api.md lists them).',
  })
  @IsOptional()
  @Matches(/^[a-z][a-z.-]{0,59}$/, { message: 'action must be an action name, as entry.log' })
  action?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only records at or after this time (2000-01-01 to 2099-12-31).',
  })
  @IsOptional()
  @IsDateTimeInRange()
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only records before this time (2000-01-01 to 2099-12-31).',
  })
  @IsOptional()
  @IsDateTimeInRange()
  to?: string;

  @ApiPropertyOptional({
    description: `Records per page (${AUDIT_PAGE.default} when not given).`,
    type: 'integer',
    minimum: 1,
    maximum: AUDIT_PAGE.max,
  })
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: AUDIT_LIMIT })
  limit?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page, as it was given.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: AUDIT_CURSOR })
  cursor?: string;
}
