import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@ros/domain';
import { ProjectionProgress } from '../../read-your-writes/projection-progress';
import { totalsByForce, totalsOfAll } from '../assemble';
import { csvRowsOf, totalsCsv } from '../csv';
import { TotalsRepository } from '../totals.reader';
import { readTotals } from '../totals-query/read-totals';
import type { TotalsAnswer } from '../totals-query/totals-answer';
import { GetPhaseTotalsQuery } from './get-phase-totals.query';

@QueryHandler(GetPhaseTotalsQuery)
export class GetPhaseTotalsHandler implements IQueryHandler<GetPhaseTotalsQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ operation: id, phase, params }: GetPhaseTotalsQuery): Promise<TotalsAnswer> {
    return readTotals(this, `phase/${id}/${phase}`, params, async (totals, catalogue) => {
      const operation = await catalogue.operation(id);
      if (!operation.phases.some((p) => p.number === phase))
        throw new NotFound(`Phase ${phase} of operation '${id}' does not exist`);
      const rows = await totals.metrics({ operation: id, phase }, params.filter);
      const byForce = totalsByForce(rows, operation.forces);
      return {
        body: {
          operation: id,
          phase,
          projectedPosition: await totals.projectedPosition(),
          totals: totalsOfAll(rows),
          byForce: Object.fromEntries(byForce),
        },
        csv: () => totalsCsv('force', csvRowsOf(byForce)),
      };
    });
  }
}
