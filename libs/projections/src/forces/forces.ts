import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { londonDateOf } from '@ros/domain';
import type { ForcePopulation } from '../totals/totals.answers';
import { TotalsRepository } from '../totals/totals.repository';

export class ListForcesQuery extends Query<ForcePopulation[]> {}

/** The five forces with the population estimate rates use today, and its source. */
@QueryHandler(ListForcesQuery)
export class ListForcesHandler implements IQueryHandler<ListForcesQuery> {
  constructor(private readonly totals: TotalsRepository) {}

  execute(): Promise<ForcePopulation[]> {
    return this.totals.read((reader) => reader.forces(londonDateOf(new Date())));
  }
}
