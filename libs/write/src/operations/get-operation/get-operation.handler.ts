import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound, type Operation } from '@ros/domain';
import { OperationsRepository } from '../operations.repository';
import { GetOperationQuery } from './get-operation.query';

@QueryHandler(GetOperationQuery)
export class GetOperationHandler implements IQueryHandler<GetOperationQuery> {
  constructor(private readonly operations: OperationsRepository) {}

  async execute({ operation }: GetOperationQuery): Promise<Operation> {
    const { state } = await this.operations.load(operation);
    if (!state) throw new NotFound(`Operation '${operation}' is not registered`);
    return state;
  }
}
