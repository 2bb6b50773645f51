import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ENTRY_KINDS, ENTRY_STATUSES, FORCE_IDS, InvalidInput, type Actor } from '@ros/domain';
import { validated } from '@ros/platform';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ReadInput, readParamsOf, type ReadParams } from '../read-your-writes';
import { ProjectionProgress } from '../totals/projection-progress';
import { TotalsRepository } from '../totals/totals.repository';
import { entryLogCsv } from './entry-log-csv';
import { assertPhaseKnown, visibleForce } from './entry-log-access';
import { EntryLogRepository, type EntryLogFilter } from './entry-log.repository';
import type { EntryLogItem, EntryLogPage } from './entry-log.answers';

/** Entries per page of the entry log: `limit`, and the page when no limit is given. */
export const ENTRY_LOG_PAGE = { default: 100, max: 1000 } as const;

const LIMIT = `limit must be a whole number from 1 to ${ENTRY_LOG_PAGE.max}`;

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

/** The log as JSON, or as CSV when asked for (with the next page's cursor beside it). */
export interface EntryLogAnswer {
  body: EntryLogPage;
  csv: string | null;
}

const MAX_POSITION = 2n ** 63n - 1n;

// A cursor is opaque to clients: what is inside may change without breaking them.
const encodeCursor = (position: string): string =>
  Buffer.from(`p:${position}`).toString('base64url');
const decodeCursor = (cursor: string): string => {
  const [tag, position] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (tag !== 'p' || !/^\d{1,19}$/.test(position ?? '') || BigInt(position) > MAX_POSITION)
    throw new InvalidInput(['cursor must be a nextCursor from an earlier page']);
  return position;
};

export class ListEntriesQuery extends Query<EntryLogAnswer> {
  private constructor(
    readonly filter: EntryLogFilter,
    readonly after: string | undefined,
    /** Undefined: the default page for JSON, every entry for CSV. */
    readonly limit: number | undefined,
    readonly read: ReadParams,
  ) {
    super();
  }

  static create(
    operation: string,
    phase: number,
    query: unknown,
    accept: string | undefined,
    actor: Actor,
  ): ListEntriesQuery {
    const input = validated(ListEntriesInput, query ?? {}, 'query');
    const limit = input.limit === undefined ? undefined : Number(input.limit);
    const { params, problems } = readParamsOf(input, accept);
    if (limit !== undefined && (limit < 1 || limit > ENTRY_LOG_PAGE.max)) problems.push(LIMIT);
    if (problems.length) throw new InvalidInput(problems);
    const { force, kind, status } = input;
    return new ListEntriesQuery(
      { operation, phase, force: visibleForce(actor, force), kind, status },
      input.cursor ? decodeCursor(input.cursor) : undefined,
      limit,
      params,
    );
  }
}

/** The entry log of a phase: analysts and admins see every force, a coordinator only their own. */
@QueryHandler(ListEntriesQuery)
export class ListEntriesHandler implements IQueryHandler<ListEntriesQuery> {
  constructor(
    private readonly entries: EntryLogRepository,
    private readonly totals: TotalsRepository,
    private readonly progress: ProjectionProgress,
  ) {}

  async execute({ filter, after, limit, read }: ListEntriesQuery): Promise<EntryLogAnswer> {
    const { csv } = read;
    await this.progress.waitFor('entry-log', read.minPosition, read.waitMs);
    await assertPhaseKnown(this.totals, filter.operation, filter.phase);
    const page =
      csv && limit === undefined
        ? await this.everything(filter, after)
        : await this.page(filter, after, limit ?? ENTRY_LOG_PAGE.default);
    return { body: page, csv: csv ? entryLogCsv(page.items) : null };
  }

  private async page(filter: EntryLogFilter, after: string | undefined, limit: number) {
    const rows = await this.entries.page(filter, after, limit + 1);
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => row.item),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].position) : null,
    };
  }

  private async everything(filter: EntryLogFilter, after: string | undefined) {
    const items: EntryLogItem[] = [];
    for (let next = after; ;) {
      const rows = await this.entries.page(filter, next, ENTRY_LOG_PAGE.max);
      items.push(...rows.map((row) => row.item));
      if (rows.length < ENTRY_LOG_PAGE.max) break;
      next = rows[rows.length - 1].position;
    }
    return { items, nextCursor: null };
  }
}
