import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProjectionProgress } from '../../read-your-writes/projection-progress';
import { totalsBy, totalsByForce, totalsOfAll, withZeros } from '../assemble';
import { csvRowsOf, totalsCsv } from '../csv';
import { TotalsRepository } from '../totals.reader';
import { readTotals } from '../totals-query/read-totals';
import type { TotalsAnswer } from '../totals-query/totals-answer';
import { GetOperationTotalsQuery } from './get-operation-totals.query';

@QueryHandler(GetOperationTotalsQuery)
export class GetOperationTotalsHandler implements IQueryHandler<GetOperationTotalsQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ operation: id, params }: GetOperationTotalsQuery): Promise<TotalsAnswer> {
    return readTotals(this, `operation/${id}`, params, async (totals, catalogue) => {
      const operation = await catalogue.operation(id);
      const rows = await totals.metrics({ operation: id }, params.filter);
      const byPhase = withZeros(
        operation.phases.map((p) => p.number),
        totalsBy(rows, (row) => row.phase),
      );
      return {
        body: {
          operation: id,
          projectedPosition: await totals.projectedPosition(),
          totals: totalsOfAll(rows),
          byPhase: byPhase.map(([phase, totals]) => ({ phase, totals })),
          byForce: Object.fromEntries(totalsByForce(rows, operation.forces)),
        },
        csv: () => totalsCsv('phase', csvRowsOf(byPhase)),
      };
    });
  }
}
