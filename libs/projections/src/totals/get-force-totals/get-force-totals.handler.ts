import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isForceId, NotFound } from '@ros/domain';
import { ProjectionProgress } from '../../read-your-writes/projection-progress';
import { totalsBy, totalsOfAll, withZeros } from '../assemble';
import { csvRowsOf, totalsCsv } from '../csv';
import { TotalsRepository } from '../totals.reader';
import { readTotals } from '../totals-query/read-totals';
import type { TotalsAnswer } from '../totals-query/totals-answer';
import { GetForceTotalsQuery } from './get-force-totals.query';

@QueryHandler(GetForceTotalsQuery)
export class GetForceTotalsHandler implements IQueryHandler<GetForceTotalsQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ force, params }: GetForceTotalsQuery): Promise<TotalsAnswer> {
    if (!isForceId(force)) throw new NotFound(`There is no force '${force}'`);
    return readTotals(this, `force/${force}`, params, async (totals, catalogue) => {
      const operations = (await catalogue.operations(params.filter.asOf)).filter((o) =>
        o.forces.includes(force),
      );
      const rows = await totals.metrics({ force }, params.filter);
      const byOperation = withZeros(
        operations.map((o) => o.id),
        totalsBy(rows, (row) => row.operation),
      );
      return {
        body: {
          force,
          projectedPosition: await totals.projectedPosition(),
          totals: totalsOfAll(rows),
          byOperation: operations.map((operation, i) => ({
            operation: operation.id,
            totals: byOperation[i][1],
            byPhase: withZeros(
              operation.phases.map((p) => p.number),
              totalsBy(
                rows.filter((row) => row.operation === operation.id),
                (row) => row.phase,
              ),
            ).map(([phase, totals]) => ({ phase, totals })),
          })),
        },
        csv: () => totalsCsv('operation', csvRowsOf(byOperation)),
      };
    });
  }
}
