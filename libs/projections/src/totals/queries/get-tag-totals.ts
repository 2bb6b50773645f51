import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { FORCE_IDS, InvalidInput, TAG, TAG_LIMITS } from '@ros/domain';
import { totalsBy, totalsOfAll, withZeros } from '../assemble';
import { csvRowsOf, totalsCsv } from '../csv';
import { ProjectionProgress } from '../projection-progress';
import type { TotalsParams } from '../totals-params';
import { TotalsRepository } from '../totals.repository';
import { readTotals } from './read-totals';
import type { TotalsAnswer } from './totals-answer';

export class GetTagTotalsQuery extends Query<TotalsAnswer> {
  constructor(
    readonly tag: string,
    readonly params: TotalsParams,
  ) {
    super();
  }
}

@QueryHandler(GetTagTotalsQuery)
export class GetTagTotalsHandler implements IQueryHandler<GetTagTotalsQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ tag, params }: GetTagTotalsQuery): Promise<TotalsAnswer> {
    if (!TAG.test(tag) || tag.length > TAG_LIMITS.length)
      throw new InvalidInput([
        `tag must be a lowercase slug of at most ${TAG_LIMITS.length} characters, such as cliw-2025-06`,
      ]);
    return readTotals(this, params, async (reader) => {
      const rows = await reader.metrics({ tag }, params.filter);
      const byForce = withZeros(
        FORCE_IDS,
        totalsBy(rows, (row) => row.force),
      );
      const byOperation = totalsBy(rows, (row) => row.operation);
      return {
        body: {
          tag,
          projectedPosition: await reader.projectedPosition(),
          totals: totalsOfAll(rows),
          byForce: Object.fromEntries(byForce),
          byOperation: [...byOperation]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([operation, totals]) => ({ operation, totals })),
        },
        csv: () => totalsCsv('force', csvRowsOf(byForce)),
      };
    });
  }
}
