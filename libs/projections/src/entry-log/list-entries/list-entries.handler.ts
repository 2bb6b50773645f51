import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CatalogueRepository } from '../../catalogue/catalogue.reader';
import { ProjectionProgress } from '../../read-your-writes/projection-progress';
import { entryLogCsv, entryLogCsvStream } from '../entry-log-csv';
import type { EntryLogItem } from '../entry-log.answers';
import { EntryLogRepository, type EntryLogFilter } from '../entry-log.repository';
import { encodeCursor } from './entry-log-cursor';
import { ENTRY_LOG_PAGE } from './list-entries.input';
import { ListEntriesQuery, type EntryLogAnswer } from './list-entries.query';

/** The entry log of a phase: analysts and admins see every force, a coordinator only their own. */
@QueryHandler(ListEntriesQuery)
export class ListEntriesHandler implements IQueryHandler<ListEntriesQuery> {
  constructor(
    private readonly entries: EntryLogRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly progress: ProjectionProgress,
  ) {}

  async execute({ filter, after, limit, read }: ListEntriesQuery): Promise<EntryLogAnswer> {
    const { csv } = read;
    await this.progress.waitFor('entry-log', read.minPosition, read.waitMs);
    await this.catalogue.read((c) => c.assertPhaseKnown(filter.operation, filter.phase));
    if (csv && limit === undefined)
      return {
        body: { items: [], nextCursor: null },
        csv: entryLogCsvStream(this.everyPage(filter, after)),
      };
    const page = await this.page(filter, after, limit ?? ENTRY_LOG_PAGE.default);
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

  /** Every matching entry, a page at a time; each page its own short query. */
  private async *everyPage(
    filter: EntryLogFilter,
    after: string | undefined,
  ): AsyncGenerator<EntryLogItem[]> {
    for (let next = after; ;) {
      const rows = await this.entries.page(filter, next, ENTRY_LOG_PAGE.max);
      yield rows.map((row) => row.item);
      if (rows.length < ENTRY_LOG_PAGE.max) return;
      next = rows[rows.length - 1].position;
    }
  }
}
