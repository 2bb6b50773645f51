import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isForceId, NotFound } from '@ros/domain';
import { totalsBy, totalsOfAll, withZeros } from '../assemble';
import { csvRowsOf, totalsCsv } from '../csv';
import { ProjectionProgress } from '../projection-progress';
import type { TotalsParams } from '../totals-params';
import { TotalsRepository } from '../totals.repository';
import { readTotals } from './read-totals';
import type { TotalsAnswer } from './totals-answer';

export class GetForceTotalsQuery extends Query<TotalsAnswer> {
  constructor(
    readonly force: string,
    readonly params: TotalsParams,
  ) {
    super();
  }
}

@QueryHandler(GetForceTotalsQuery)
export class GetForceTotalsHandler implements IQueryHandler<GetForceTotalsQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ force, params }: GetForceTotalsQuery): Promise<TotalsAnswer> {
    if (!isForceId(force)) throw new NotFound(`There is no force '${force}'`);
    return readTotals(this, params, async (reader) => {
      const operations = (await reader.operations()).filter((o) => o.forces.includes(force));
      const rows = await reader.metrics({ force }, params.filter);
      const byOperation = withZeros(
        operations.map((o) => o.id),
        totalsBy(rows, (row) => row.operation),
      );
      return {
        body: {
          force,
          projectedPosition: await reader.projectedPosition(),
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
