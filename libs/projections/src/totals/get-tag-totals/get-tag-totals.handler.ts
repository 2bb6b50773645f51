import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { FORCE_IDS } from '@ros/domain';
import { ProjectionProgress } from '../../read-your-writes/projection-progress';
import { totalsBy, totalsByForce, totalsOfAll } from '../assemble';
import { csvRowsOf, totalsCsv } from '../csv';
import { TotalsRepository } from '../totals.reader';
import { readTotals } from '../totals-query/read-totals';
import type { TotalsAnswer } from '../totals-query/totals-answer';
import { GetTagTotalsQuery } from './get-tag-totals.query';

@QueryHandler(GetTagTotalsQuery)
export class GetTagTotalsHandler implements IQueryHandler<GetTagTotalsQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ tag, params }: GetTagTotalsQuery): Promise<TotalsAnswer> {
    return readTotals(this, `tag/${tag}`, params, async (totals) => {
      const rows = await totals.metrics({ tag }, params.filter);
      const byForce = totalsByForce(rows, FORCE_IDS);
      const byOperation = totalsBy(rows, (row) => row.operation);
      return {
        body: {
          tag,
          projectedPosition: await totals.projectedPosition(),
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
