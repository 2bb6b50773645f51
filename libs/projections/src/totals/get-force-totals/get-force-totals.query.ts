import { parseTotalsParams, type TotalsParams } from '../totals-query/totals-params';
import { TotalsQuery } from '../totals-query/totals-query';

export class GetForceTotalsQuery extends TotalsQuery {
  private constructor(
    readonly force: string,
    params: TotalsParams,
  ) {
    super(params);
  }

  static create(force: string, query: unknown, accept?: string) {
    return new GetForceTotalsQuery(force, parseTotalsParams(query, accept));
  }
}
