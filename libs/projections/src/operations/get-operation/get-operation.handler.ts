import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@ros/domain';
import { OperationStreams, type ReadOperation } from '../operation-streams';
import { GetOperationQuery } from './get-operation.query';

@QueryHandler(GetOperationQuery)
export class GetOperationHandler implements IQueryHandler<GetOperationQuery> {
  constructor(private readonly operations: OperationStreams) {}

  async execute({ operation }: GetOperationQuery): Promise<ReadOperation> {
    const state = await this.operations.get(operation);
    if (!state) throw new NotFound(`Operation '${operation}' is not registered`);
    return state;
  }
}
