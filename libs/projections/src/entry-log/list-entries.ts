import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ENTRY_KINDS, FORCE_IDS, Forbidden, InvalidInput, NotFound, type Actor } from '@ros/domain';
import { validated } from '@ros/platform';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { TotalsRepository } from '../totals/totals.repository';
import { EntryLogRepository, type EntryLogItem } from './entry-log.repository';

export class ListEntriesInput {
  @IsOptional()
  @IsIn(FORCE_IDS, { message: `force must be one of: ${FORCE_IDS.join(', ')}` })
  force?: string;

  @IsOptional()
  @IsIn(ENTRY_KINDS, { message: `kind must be one of: ${ENTRY_KINDS.join(', ')}` })
  kind?: string;

  @IsOptional()
  @IsIn(['active', 'corrected', 'retracted'], {
    message: 'status must be one of: active, corrected, retracted',
  })
  status?: string;

  /** 1 to 1000, 100 when not given. */
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: 'limit must be a whole number from 1 to 1000' })
  limit?: string;

  /** The nextCursor of the previous page. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'cursor must be a nextCursor from an earlier page' })
  cursor?: string;
}

export class ListEntriesQuery extends Query<{
  items: Omit<EntryLogItem, 'position'>[];
  nextCursor: string | null;
}> {
  constructor(
    readonly operation: string,
    readonly phase: number,
    readonly query: unknown,
    readonly actor: Actor,
  ) {
    super();
  }
}

const MAX_POSITION = 2n ** 63n - 1n;

const decodeCursor = (cursor: string): string => {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{1,19}$/.test(position) || BigInt(position) > MAX_POSITION)
    throw new InvalidInput(['cursor must be a nextCursor from an earlier page']);
  return position;
};

/** The entry log of a phase: analysts and admins see every force, a coordinator only their own. */
@QueryHandler(ListEntriesQuery)
export class ListEntriesHandler implements IQueryHandler<ListEntriesQuery> {
  constructor(
    private readonly entries: EntryLogRepository,
    private readonly totals: TotalsRepository,
  ) {}

  async execute({ operation, phase, query, actor }: ListEntriesQuery) {
    const input = validated(ListEntriesInput, query ?? {}, 'query');
    const limit = Number(input.limit ?? 100);
    if (limit < 1 || limit > 1000)
      throw new InvalidInput(['limit must be a whole number from 1 to 1000']);
    const force = this.scopedForce(actor, input.force);
    const known = await this.totals.read(async (reader) =>
      (await reader.operations())
        .find((o) => o.id === operation)
        ?.phases.some((p) => p.number === phase),
    );
    if (!known) throw new NotFound(`Phase ${phase} of operation '${operation}' does not exist`);
    const items = await this.entries.page({
      operation,
      phase,
      force,
      kind: input.kind,
      status: input.status,
      after: input.cursor ? decodeCursor(input.cursor) : undefined,
      limit: limit + 1,
    });
    const more = items.length > limit;
    const page = items.slice(0, limit);
    return {
      items: page.map(({ position: _position, ...item }) => item),
      nextCursor: more ? Buffer.from(page[page.length - 1].position).toString('base64url') : null,
    };
  }

  /** Access to the log is decided here, for every caller, not only in the controller. */
  private scopedForce(actor: Actor, asked?: string): string | undefined {
    if (actor.role === 'admin' || actor.role === 'analyst') return asked;
    if (actor.role === 'coordinator') {
      if (asked && asked !== actor.force)
        throw new Forbidden(`A coordinator sees the entries of ${actor.force} only`);
      return actor.force!;
    }
    throw new Forbidden('The entry log is for analysts, coordinators and admins');
  }
}
