import { Query } from '@nestjs/cqrs';
import type { ReadOperation } from '../operation-streams';

/** Every operation with its phases, in the order they were registered: it takes no input. */
export class ListOperationsQuery extends Query<ReadOperation[]> {
  private constructor() {
    super();
  }

  static create() {
    return new ListOperationsQuery();
  }
}
