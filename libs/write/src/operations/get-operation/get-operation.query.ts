import { Query } from '@nestjs/cqrs';
import type { Actor, Operation } from '@ros/domain';

export class GetOperationQuery extends Query<Operation> {
  constructor(
    readonly operation: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
