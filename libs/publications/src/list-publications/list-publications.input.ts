import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PUBLICATIONS_PAGE } from './publications-page';

export const LIMIT = `limit must be a whole number from 1 to ${PUBLICATIONS_PAGE.max}`;

export class ListPublicationsInput {
  @ApiPropertyOptional({
    description: `Publications per page, newest first: ${PUBLICATIONS_PAGE.default} when not given.`,
    type: 'integer',
    minimum: 1,
    maximum: PUBLICATIONS_PAGE.max,
  })
  @IsOptional()
  @Matches(/^\d{1,3}$/, { message: LIMIT })
  limit?: string;

  @ApiPropertyOptional({
    description: 'The `X-Next-Cursor` of the previous page, as it was given.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,120}$/, {
    message: 'cursor must be a nextCursor from an earlier page',
  })
  cursor?: string;
}
