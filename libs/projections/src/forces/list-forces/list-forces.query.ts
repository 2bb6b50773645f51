import { Query } from '@nestjs/cqrs';
import type { ForcePopulation } from '../../catalogue/catalogue.answers';

/** It takes no input: every reader sees the five forces. */
export class ListForcesQuery extends Query<ForcePopulation[]> {
  private constructor() {
    super();
  }

  static create() {
    return new ListForcesQuery();
  }
}
