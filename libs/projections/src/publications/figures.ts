import type { ForceId } from '@ros/domain';
import { totalsBy, totalsOfAll, withZeros } from '../totals/assemble';
import { summaryOf } from '../totals/queries/get-summary';
import { ratesOf } from '../totals/rates';
import type { TotalsReader } from '../totals/totals.repository';
import {
  forcesOf,
  isWholeCollaboration,
  operationOf,
  type PublicationScope,
} from './publication-scope';

/**
 * The figures of a scope as the read model knows them, with each force's rates per 1,000
 * against the population estimate for `populationDay`: the whole collaboration summary
 * for an empty scope, else the scope's totals and each force's part.
 */
export const figuresFor = async (
  reader: TotalsReader,
  scope: PublicationScope,
  populationDay: string,
) => {
  if (isWholeCollaboration(scope)) return summaryOf(reader, {}, populationDay);
  const forces: ForceId[] = forcesOf(scope, operationOf(scope, await reader.operations()));
  const rows = await reader.metrics(
    { operation: scope.operation, phase: scope.phase, force: scope.force },
    { from: scope.from, to: scope.to },
  );
  const byForce = new Map(
    withZeros(
      forces,
      totalsBy(rows, (row) => row.force as ForceId),
    ),
  );
  const populations = await reader.forces(populationDay);
  return {
    totals: totalsOfAll(rows),
    byForce: Object.fromEntries(byForce),
    per1000: Object.fromEntries(
      populations
        .filter((force) => byForce.has(force.id))
        .map((force) => [
          force.id,
          {
            population: force.population,
            ...ratesOf(byForce.get(force.id)!, force.population),
          },
        ]),
    ),
  };
};
