import { parseTotalsParams, type TotalsParams } from '../totals-query/totals-params';
import { TotalsQuery } from '../totals-query/totals-query';

export class GetOperationTotalsQuery extends TotalsQuery {
  private constructor(
    readonly operation: string,
    params: TotalsParams,
  ) {
    super(params);
  }

  static create(operation: string, query: unknown, accept?: string) {
    return new GetOperationTotalsQuery(operation, parseTotalsParams(query, accept));
  }
}
