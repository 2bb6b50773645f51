import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound, type Operation } from '@ros/domain';
import { OperationStreams } from '../operation-streams';
import { GetOperationQuery } from './get-operation.query';

@QueryHandler(GetOperationQuery)
export class GetOperationHandler implements IQueryHandler<GetOperationQuery> {
  constructor(private readonly operations: OperationStreams) {}

  async execute({ operation }: GetOperationQuery): Promise<Operation> {
    const state = await this.operations.get(operation);
    if (!state) throw new NotFound(`Operation '${operation}' is not registered`);
    return state;
  }
}
