import { londonDateOf } from '@ros/domain';
import type { CatalogueReader } from '../../catalogue/catalogue.reader';
import { totalsBy, totalsByForce, totalsOfAll } from '../assemble';
import { ratesOf } from '../rates';
import { EMPTY_TOTALS } from '../totals';
import type { TotalsReader } from '../totals.reader';
import type { TotalsFilter } from '../totals-filter';

/**
 * The day whose population estimates the rates use: the window's last day, or the day
 * the figures are known as of (today without `asOf`).
 */
export const populationDayOf = (filter: TotalsFilter, now = new Date()): string =>
  filter.to ?? londonDateOf(filter.asOf ?? now);

/** The collaboration summary's figures: what a summary answer and a publication both hold. */
export const summaryOf = async (
  totals: TotalsReader,
  catalogue: CatalogueReader,
  filter: TotalsFilter,
  populationDay = populationDayOf(filter),
) => {
  const rows = await totals.metrics({}, filter);
  const populations = await catalogue.forces(populationDay, filter.asOf);
  const byForce = totalsByForce(
    rows,
    populations.map((force) => force.id),
  );
  const byOperation = totalsBy(rows, (row) => row.operation);
  const forces = populations.map((force, i) => ({
    force: force.id,
    name: force.name,
    population: force.population,
    populationSource: force.populationSource,
    totals: byForce[i][1],
    per1000: ratesOf(byForce[i][1], force.population),
  }));
  return {
    since: await totals.since(filter),
    regional: totalsOfAll(rows),
    forces,
    // Those registered by asOf only: the summary as of a publication gives back its figures.
    operations: (await catalogue.operations(filter.asOf)).map((operation) => ({
      operation: operation.id,
      name: operation.name,
      totals: byOperation.get(operation.id) ?? EMPTY_TOTALS,
    })),
  };
};
