import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@ros/domain';
import { totalsBy, totalsOfAll, withZeros } from '../assemble';
import { csvRowsOf, totalsCsv } from '../csv';
import { ProjectionProgress } from '../projection-progress';
import type { TotalsParams } from '../totals-params';
import { TotalsRepository } from '../totals.repository';
import { operationOrNotFound, readTotals } from './read-totals';
import type { TotalsAnswer } from './totals-answer';

export class GetPhaseTotalsQuery extends Query<TotalsAnswer> {
  constructor(
    readonly operation: string,
    readonly phase: number,
    readonly params: TotalsParams,
  ) {
    super();
  }
}

@QueryHandler(GetPhaseTotalsQuery)
export class GetPhaseTotalsHandler implements IQueryHandler<GetPhaseTotalsQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ operation: id, phase, params }: GetPhaseTotalsQuery): Promise<TotalsAnswer> {
    return readTotals(this, params, async (reader) => {
      const operation = await operationOrNotFound(reader, id);
      if (!operation.phases.some((p) => p.number === phase))
        throw new NotFound(`Phase ${phase} of operation '${id}' does not exist`);
      const rows = await reader.metrics({ operation: id, phase }, params.filter);
      const byForce = withZeros(
        operation.forces,
        totalsBy(rows, (row) => row.force),
      );
      return {
        body: {
          operation: id,
          phase,
          projectedPosition: await reader.projectedPosition(),
          totals: totalsOfAll(rows),
          byForce: Object.fromEntries(byForce),
        },
        csv: () => totalsCsv('force', csvRowsOf(byForce)),
      };
    });
  }
}
