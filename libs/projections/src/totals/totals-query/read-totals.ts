import { londonDateOf } from '@ros/domain';
import type { TotalsFilter } from '../totals-filter';
import type { ProjectionProgress } from '../../read-your-writes/projection-progress';
import type { CatalogueReader } from '../../catalogue/catalogue.reader';
import type { TotalsReader, TotalsRepository } from '../totals.reader';
import type { TotalsParams } from './totals-params';
import type { TotalsAnswer } from './totals-answer';

/** What every totals handler reads with. */
export interface TotalsDeps {
  totals: TotalsRepository;
  progress: ProjectionProgress;
}

/**
 * The filter as the answer depends on it, with today's UK day: the rates of figures not
 * as of a moment use today's population estimates.
 */
const cacheKeyOf = (route: string, { asOf, from, to }: TotalsFilter) =>
  JSON.stringify([route, asOf?.toISOString(), from, to, londonDateOf(new Date())]);

/**
 * Waits for read-your-writes if asked, then reads the figures and the catalogue in one
 * consistent snapshot, and says whether that snapshot reached the position asked for.
 */
export const readTotals = async (
  deps: TotalsDeps,
  /** What, besides the filter, the answer depends on: the route and its path parameters. */
  route: string,
  params: TotalsParams,
  work: (
    totals: TotalsReader,
    catalogue: CatalogueReader,
  ) => Promise<TotalsAnswer<{ projectedPosition: string }>>,
): Promise<TotalsAnswer> => {
  await deps.progress.waitFor('totals', params.minPosition, params.waitMs);
  const answer = await deps.totals.readCached(cacheKeyOf(route, params.filter), work);
  if (params.minPosition === null) return answer;
  const minPositionReached = BigInt(answer.body.projectedPosition) >= params.minPosition;
  return { ...answer, body: { ...answer.body, minPositionReached }, minPositionReached };
};
