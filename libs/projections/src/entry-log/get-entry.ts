import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound, type Actor } from '@ros/domain';
import { isUUID } from 'class-validator';
import { TotalsRepository } from '../totals/totals.repository';
import { assertPhaseKnown, visibleForce } from './entry-log-access';
import type { EntryLogItem } from './entry-log.answers';
import { EntryLogRepository } from './entry-log.repository';

export class GetEntryQuery extends Query<EntryLogItem> {
  constructor(
    readonly operation: string,
    readonly phase: number,
    readonly entryId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

/** One entry as it stands, with its history: to the same people, and forces, as the log. */
@QueryHandler(GetEntryQuery)
export class GetEntryHandler implements IQueryHandler<GetEntryQuery> {
  constructor(
    private readonly entries: EntryLogRepository,
    private readonly totals: TotalsRepository,
  ) {}

  async execute({ operation, phase, entryId, actor }: GetEntryQuery): Promise<EntryLogItem> {
    const force = visibleForce(actor);
    await assertPhaseKnown(this.totals, operation, phase);
    const entry = isUUID(entryId)
      ? await this.entries.find(operation, phase, entryId.toLowerCase())
      : null;
    if (!entry || (force !== undefined && entry.force !== force))
      throw new NotFound(`Entry ${entryId} is not in phase ${phase} of '${operation}'`);
    return entry;
  }
}
