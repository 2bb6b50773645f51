import { Query } from '@nestjs/cqrs';
import type { Operation } from '@ros/domain';

/** Every operation with its phases, in the order they were registered. */
export class ListOperationsQuery extends Query<Operation[]> {}
