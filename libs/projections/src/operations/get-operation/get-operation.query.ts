import { Query } from '@nestjs/cqrs';
import { operationIdFrom } from '@ros/domain';
import type { ReadOperation } from '../operation-streams';

/** One operation with its phases, by its id (404 when none is registered with it). */
export class GetOperationQuery extends Query<ReadOperation> {
  private constructor(readonly operation: string) {
    super();
  }

  static create(operation: unknown) {
    return new GetOperationQuery(operationIdFrom(operation));
  }
}
