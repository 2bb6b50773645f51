import { londonDateOf, type ForceId } from '@ros/domain';
import {
  ratesOf,
  summaryOf,
  totalsByForce,
  totalsOfAll,
  type CatalogueReader,
  type TotalsReader,
} from '@ros/projections';
import {
  forcesOf,
  isWholeCollaboration,
  operationOf,
  type PublicationScope,
} from './publication-scope';

/** Rates use the estimates for the scope's last day, or for the day the figures were published. */
export const populationDayOf = (scope: PublicationScope, publishedAt: Date): string =>
  scope.to ?? londonDateOf(publishedAt);

/**
 * The figures of a scope as the read models know them, with each force's rates per 1,000
 * against the population estimate for `populationDay`: the whole collaboration summary
 * for an empty scope, else the scope's totals and each force's part.
 */
export const figuresFor = async (
  totals: TotalsReader,
  catalogue: CatalogueReader,
  scope: PublicationScope,
  populationDay: string,
) => {
  if (isWholeCollaboration(scope)) return summaryOf(totals, catalogue, {}, populationDay);
  const forces: ForceId[] = forcesOf(scope, operationOf(scope, await catalogue.operations()));
  const rows = await totals.metrics(
    { operation: scope.operation, phase: scope.phase, force: scope.force },
    { from: scope.from, to: scope.to },
  );
  const byForce = new Map(totalsByForce(rows, forces));
  const populations = await catalogue.forces(populationDay);
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
