import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Operation } from '@ros/domain';
import { OperationsRepository } from '../operations.repository';
import { ListOperationsQuery } from './list-operations.query';

@QueryHandler(ListOperationsQuery)
export class ListOperationsHandler implements IQueryHandler<ListOperationsQuery> {
  constructor(private readonly operations: OperationsRepository) {}

  execute(): Promise<Operation[]> {
    return this.operations.list();
  }
}
