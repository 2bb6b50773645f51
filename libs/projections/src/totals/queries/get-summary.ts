import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { londonDateOf } from '@ros/domain';
import { totalsBy, totalsOfAll } from '../assemble';
import { totalsCsv } from '../csv';
import { ProjectionProgress } from '../projection-progress';
import { rateColumns, ratesOf } from '../rates';
import { EMPTY_TOTALS } from '../totals';
import type { TotalsFilter } from '../totals-filter';
import type { TotalsParams } from '../totals-params';
import { TotalsRepository, type TotalsReader } from '../totals.repository';
import { readTotals } from './read-totals';
import type { TotalsAnswer } from './totals-answer';

export class GetSummaryQuery extends Query<TotalsAnswer> {
  constructor(readonly params: TotalsParams) {
    super();
  }
}

/**
 * The day whose population estimates the rates use: the window's last day, or the day
 * the figures are known as of (today without `asOf`).
 */
export const populationDayOf = (filter: TotalsFilter, now = new Date()): string =>
  filter.to ?? londonDateOf(filter.asOf ?? now);

/** The collaboration summary's figures: what a summary answer and a publication both hold. */
export const summaryOf = async (
  reader: TotalsReader,
  filter: TotalsFilter,
  populationDay = populationDayOf(filter),
) => {
  const rows = await reader.metrics({}, filter);
  const byForce = totalsBy(rows, (row) => row.force);
  const byOperation = totalsBy(rows, (row) => row.operation);
  const forces = (await reader.forces(populationDay, filter.asOf)).map((force) => {
    const totals = byForce.get(force.id) ?? EMPTY_TOTALS;
    return {
      force: force.id,
      name: force.name,
      population: force.population,
      populationSource: force.populationSource,
      totals,
      per1000: ratesOf(totals, force.population),
    };
  });
  return {
    since: await reader.since(filter),
    regional: totalsOfAll(rows),
    forces,
    operations: (await reader.operations()).map((operation) => ({
      operation: operation.id,
      name: operation.name,
      totals: byOperation.get(operation.id) ?? EMPTY_TOTALS,
    })),
  };
};

/** The PCCs' collaboration summary: all five forces together, each force's part, and each operation. */
@QueryHandler(GetSummaryQuery)
export class GetSummaryHandler implements IQueryHandler<GetSummaryQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ params }: GetSummaryQuery): Promise<TotalsAnswer> {
    return readTotals(this, params, async (reader) => {
      const { since, ...summary } = await summaryOf(reader, params.filter);
      return {
        body: { since, projectedPosition: await reader.projectedPosition(), ...summary },
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
