import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { londonDateOf } from '@ros/domain';
import type { ForcePopulation } from '../../catalogue/catalogue.answers';
import { CatalogueRepository } from '../../catalogue/catalogue.reader';
import { ListForcesQuery } from './list-forces.query';

/** The five forces with the population estimate rates use today, and its source. */
@QueryHandler(ListForcesQuery)
export class ListForcesHandler implements IQueryHandler<ListForcesQuery> {
  constructor(private readonly catalogue: CatalogueRepository) {}

  execute(): Promise<ForcePopulation[]> {
    return this.catalogue.read((catalogue) => catalogue.forces(londonDateOf(new Date())));
  }
}
