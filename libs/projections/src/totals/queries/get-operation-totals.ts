import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { totalsBy, totalsOfAll, withZeros } from '../assemble';
import { csvRowsOf, totalsCsv } from '../csv';
import { ProjectionProgress } from '../projection-progress';
import type { TotalsParams } from '../totals-params';
import { TotalsRepository } from '../totals.repository';
import { operationOrNotFound, readTotals } from './read-totals';
import type { TotalsAnswer } from './totals-answer';

export class GetOperationTotalsQuery extends Query<TotalsAnswer> {
  constructor(
    readonly operation: string,
    readonly params: TotalsParams,
  ) {
    super();
  }
}

@QueryHandler(GetOperationTotalsQuery)
export class GetOperationTotalsHandler implements IQueryHandler<GetOperationTotalsQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ operation: id, params }: GetOperationTotalsQuery): Promise<TotalsAnswer> {
    return readTotals(this, params, async (reader) => {
      const operation = await operationOrNotFound(reader, id);
      const rows = await reader.metrics({ operation: id }, params.filter);
      const byPhase = withZeros(
        operation.phases.map((p) => p.number),
        totalsBy(rows, (row) => row.phase),
      );
      const byForce = withZeros(
        operation.forces,
        totalsBy(rows, (row) => row.force),
      );
      return {
        body: {
          operation: id,
          projectedPosition: await reader.projectedPosition(),
          totals: totalsOfAll(rows),
          byPhase: byPhase.map(([phase, totals]) => ({ phase, totals })),
          byForce: Object.fromEntries(byForce),
        },
        csv: () => totalsCsv('phase', csvRowsOf(byPhase)),
      };
    });
  }
}
