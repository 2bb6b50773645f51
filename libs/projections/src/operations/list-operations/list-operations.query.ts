import { Query } from '@nestjs/cqrs';
import type { Operation } from '@ros/domain';

/** Every operation with its phases, in the order they were registered: it takes no input. */
export class ListOperationsQuery extends Query<Operation[]> {
  private constructor() {
    super();
  }

  static create() {
    return new ListOperationsQuery();
  }
}
