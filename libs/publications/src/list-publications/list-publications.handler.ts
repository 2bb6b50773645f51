import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { TotalsRepository } from '@ros/projections';
import { PublicationsRepository } from '../publications.repository';
import { withDrift } from '../with-drift';
import { ListPublicationsQuery, type PublicationsPage } from './list-publications.query';
import { encodePublicationsCursor } from './publications-page';

/** A page of publications, newest first, each with its drift. */
@QueryHandler(ListPublicationsQuery)
export class ListPublicationsHandler implements IQueryHandler<ListPublicationsQuery> {
  constructor(
    private readonly totals: TotalsRepository,
    private readonly publications: PublicationsRepository,
  ) {}

  async execute({ limit, after }: ListPublicationsQuery): Promise<PublicationsPage> {
    // One more than the page: whether there is a next page, without counting them all.
    const found = await this.publications.page(limit + 1, after);
    const shown = found.slice(0, limit);
    const last = shown[shown.length - 1]?.record;
    return {
      items: await withDrift(this.totals, shown),
      nextCursor: found.length > limit && last ? encodePublicationsCursor(last) : null,
    };
  }
}
