import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProjectionProgress } from '../../read-your-writes/projection-progress';
import { totalsCsv } from '../csv';
import { rateColumns } from '../rates';
import { TotalsRepository } from '../totals.reader';
import { readTotals } from '../totals-query/read-totals';
import type { TotalsAnswer } from '../totals-query/totals-answer';
import { GetSummaryQuery } from './get-summary.query';
import { summaryOf } from './summary-of';

/** The PCCs' collaboration summary: all five forces together, each force's part, and each operation. */
@QueryHandler(GetSummaryQuery)
export class GetSummaryHandler implements IQueryHandler<GetSummaryQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ params }: GetSummaryQuery): Promise<TotalsAnswer> {
    return readTotals(this, 'summary', params, async (totals, catalogue) => {
      const { since, ...summary } = await summaryOf(totals, catalogue, params.filter);
      return {
        body: { since, projectedPosition: await totals.projectedPosition(), ...summary },
        csv: () =>
          totalsCsv(
            'force',
            summary.forces.map((f) => ({
              label: f.force,
              totals: f.totals,
              extra: rateColumns(f.population, f.per1000),
            })),
          ),
      };
    });
  }
}
