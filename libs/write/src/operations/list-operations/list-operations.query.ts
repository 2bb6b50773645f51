import { Query } from '@nestjs/cqrs';
import type { Actor, Operation } from '@ros/domain';

export class ListOperationsQuery extends Query<Operation[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
