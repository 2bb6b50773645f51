import { Query } from '@nestjs/cqrs';
import type { Operation } from '@ros/domain';

/** One operation with its phases, by its id (404 when none is registered with it). */
export class GetOperationQuery extends Query<Operation> {
  constructor(readonly operation: string) {
    super();
  }
}
