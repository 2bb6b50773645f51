import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@ros/domain';
import { isUUID } from 'class-validator';
import { CatalogueRepository } from '../../catalogue/catalogue.reader';
import type { EntryLogItem } from '../entry-log.answers';
import { EntryLogRepository } from '../entry-log.repository';
import { GetEntryQuery } from './get-entry.query';

/** One entry as it stands, with its history: to the same people, and forces, as the log. */
@QueryHandler(GetEntryQuery)
export class GetEntryHandler implements IQueryHandler<GetEntryQuery> {
  constructor(
    private readonly entries: EntryLogRepository,
    private readonly catalogue: CatalogueRepository,
  ) {}

  async execute({ operation, phase, entryId, force }: GetEntryQuery): Promise<EntryLogItem> {
    await this.catalogue.read((c) => c.assertPhaseKnown(operation, phase));
    // Another force's entry is as unknown as no entry: its existence does not leak (404).
    const entry = isUUID(entryId)
      ? await this.entries.find(operation, phase, entryId.toLowerCase(), force)
      : null;
    if (!entry) throw new NotFound(`Entry ${entryId} is not in phase ${phase} of '${operation}'`);
    return entry;
  }
}
