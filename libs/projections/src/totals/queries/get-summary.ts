import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@ros/domain';
import { totalsBy, totalsOfAll } from '../assemble';
import { totalsCsv } from '../csv';
import { ProjectionProgress } from '../projection-progress';
import { EMPTY_TOTALS, type Totals } from '../totals';
import type { TotalsParams } from '../totals-params';
import { TotalsRepository } from '../totals.repository';
import { readTotals } from './read-totals';
import type { TotalsAnswer } from './totals-answer';

export class GetSummaryQuery extends Query<TotalsAnswer> {
  constructor(
    readonly params: TotalsParams,
    readonly actor: Actor,
  ) {
    super();
  }
}

/** Per 1,000 people of the force's area, to three decimals (Wiltshire's 3.27 disruptions, say). */
export const per1000 = (count: number, population: number): number =>
  Math.round((count / population) * 1000 * 1000) / 1000;

const disruptionsOf = (totals: Totals) =>
  totals.disruptions.pursue +
  totals.disruptions.protect +
  totals.disruptions.prevent +
  totals.disruptions.prepare;

/** The PCCs' collaboration summary: all five forces together, each force's part, and each operation. */
@QueryHandler(GetSummaryQuery)
export class GetSummaryHandler implements IQueryHandler<GetSummaryQuery> {
  constructor(
    readonly totals: TotalsRepository,
    readonly progress: ProjectionProgress,
  ) {}

  execute({ params }: GetSummaryQuery): Promise<TotalsAnswer> {
    return readTotals(this, params, async (reader) => {
      const rows = await reader.metrics({}, params.filter);
      const byForce = totalsBy(rows, (row) => row.force);
      const byOperation = totalsBy(rows, (row) => row.operation);
      const forces = (await reader.forces()).map((force) => {
        const totals = byForce.get(force.id) ?? EMPTY_TOTALS;
        return {
          force: force.id,
          name: force.name,
          population: force.population,
          totals,
          per1000: {
            arrests: per1000(totals.arrests, force.population),
            disruptions: per1000(disruptionsOf(totals), force.population),
            warrants: per1000(totals.warrants, force.population),
            countyLinesClosed: per1000(totals.countyLinesClosed, force.population),
          },
        };
      });
      return {
        body: {
          since: await reader.since(params.filter),
          projectedPosition: await reader.projectedPosition(),
          regional: totalsOfAll(rows),
          forces,
          operations: (await reader.operations()).map((operation) => ({
            operation: operation.id,
            name: operation.name,
            totals: byOperation.get(operation.id) ?? EMPTY_TOTALS,
          })),
        },
        csv: () =>
          totalsCsv(
            'force',
            forces.map((f) => [f.force, f.totals] as const),
          ),
      };
    });
  }
}
