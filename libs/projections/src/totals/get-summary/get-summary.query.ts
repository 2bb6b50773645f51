import { parseTotalsParams, type TotalsParams } from '../totals-query/totals-params';
import { TotalsQuery } from '../totals-query/totals-query';

export class GetSummaryQuery extends TotalsQuery {
  private constructor(params: TotalsParams) {
    super(params);
  }

  static create(query: unknown, accept?: string) {
    return new GetSummaryQuery(parseTotalsParams(query, accept));
  }
}
