import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@ros/domain';
import { TotalsRepository } from '@ros/projections';
import type { PublicationView } from '../publication.answers';
import { PublicationsRepository } from '../publications.repository';
import { withDrift } from '../with-drift';
import { GetPublicationsQuery } from './get-publications.query';

/** One publication as frozen, with its drift. */
@QueryHandler(GetPublicationsQuery)
export class GetPublicationsHandler implements IQueryHandler<GetPublicationsQuery> {
  constructor(
    private readonly totals: TotalsRepository,
    private readonly publications: PublicationsRepository,
  ) {}

  async execute({ id }: GetPublicationsQuery): Promise<PublicationView[]> {
    const found = await this.publications.find(id);
    if (id && found.length === 0) throw new NotFound(`There is no publication ${id}`);
    return withDrift(this.totals, found);
  }
}
