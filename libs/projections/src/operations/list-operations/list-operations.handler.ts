import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { OperationStreams, type ReadOperation } from '../operation-streams';
import { ListOperationsQuery } from './list-operations.query';

@QueryHandler(ListOperationsQuery)
export class ListOperationsHandler implements IQueryHandler<ListOperationsQuery> {
  constructor(private readonly operations: OperationStreams) {}

  execute(): Promise<ReadOperation[]> {
    return this.operations.list();
  }
}
