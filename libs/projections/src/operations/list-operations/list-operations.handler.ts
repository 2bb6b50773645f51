import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Operation } from '@ros/domain';
import { OperationStreams } from '../operation-streams';
import { ListOperationsQuery } from './list-operations.query';

@QueryHandler(ListOperationsQuery)
export class ListOperationsHandler implements IQueryHandler<ListOperationsQuery> {
  constructor(private readonly operations: OperationStreams) {}

  execute(): Promise<Operation[]> {
    return this.operations.list();
  }
}
