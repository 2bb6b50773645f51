import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@ros/domain';
import { TotalsRepository } from '@ros/projections';
import { driftBetween } from '../drift';
import { figuresFor, populationDayOf } from '../figures';
import type { PublicationView } from '../publication.answers';
import { PublicationsRepository } from '../publications.repository';
import { GetPublicationsQuery } from './get-publications.query';

/** Published figures as frozen, with their drift: each figure that today's data tells differently. */
@QueryHandler(GetPublicationsQuery)
export class GetPublicationsHandler implements IQueryHandler<GetPublicationsQuery> {
  constructor(
    private readonly totals: TotalsRepository,
    private readonly publications: PublicationsRepository,
  ) {}

  async execute({ id }: GetPublicationsQuery): Promise<PublicationView[]> {
    const found = await this.publications.find(id);
    if (id && found.length === 0) throw new NotFound(`There is no publication ${id}`);
    return this.totals.read((totals, catalogue) =>
      Promise.all(
        found.map(async ({ view, record }) => ({
          ...view,
          drift: driftBetween(
            record.figures,
            await figuresFor(
              totals,
              catalogue,
              record.scope,
              populationDayOf(record.scope, record.publishedAt),
            ),
          ),
        })),
      ),
    );
  }
}
