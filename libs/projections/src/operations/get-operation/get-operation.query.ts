import { Query } from '@nestjs/cqrs';
import { operationIdFrom, type Operation } from '@ros/domain';

/** One operation with its phases, by its id (404 when none is registered with it). */
export class GetOperationQuery extends Query<Operation> {
  private constructor(readonly operation: string) {
    super();
  }

  static create(operation: unknown) {
    return new GetOperationQuery(operationIdFrom(operation));
  }
}
