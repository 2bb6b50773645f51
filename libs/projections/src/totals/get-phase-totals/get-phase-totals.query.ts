import { parseTotalsParams, type TotalsParams } from '../totals-query/totals-params';
import { TotalsQuery } from '../totals-query/totals-query';

export class GetPhaseTotalsQuery extends TotalsQuery {
  private constructor(
    readonly operation: string,
    readonly phase: number,
    params: TotalsParams,
  ) {
    super(params);
  }

  static create(operation: string, phase: number, query: unknown, accept?: string) {
    return new GetPhaseTotalsQuery(operation, phase, parseTotalsParams(query, accept));
  }
}
