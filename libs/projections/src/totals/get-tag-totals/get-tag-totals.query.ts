import { InvalidInput, TAG, TAG_LIMITS } from '@ros/domain';
import { parseTotalsParams, type TotalsParams } from '../totals-query/totals-params';
import { TotalsQuery } from '../totals-query/totals-query';

export class GetTagTotalsQuery extends TotalsQuery {
  private constructor(
    readonly tag: string,
    params: TotalsParams,
  ) {
    super(params);
  }

  static create(tag: string, query: unknown, accept?: string) {
    const params = parseTotalsParams(query, accept);
    if (!TAG.test(tag) || tag.length > TAG_LIMITS.length)
      throw new InvalidInput([
        `tag must be a lowercase slug of at most ${TAG_LIMITS.length} characters, such as cliw-2025-06`,
      ]);
    return new GetTagTotalsQuery(tag, params);
  }
}
