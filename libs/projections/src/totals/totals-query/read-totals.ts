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
 * Waits for read-your-writes if asked, then reads the figures and the catalogue in one
 * consistent snapshot, and says whether that snapshot reached the position asked for.
 */
export const readTotals = async (
  deps: TotalsDeps,
  params: TotalsParams,
  work: (
    totals: TotalsReader,
    catalogue: CatalogueReader,
  ) => Promise<TotalsAnswer<{ projectedPosition: string }>>,
): Promise<TotalsAnswer> => {
  await deps.progress.waitFor('totals', params.minPosition, params.waitMs);
  const answer = await deps.totals.read(work);
  if (params.minPosition === null) return answer;
  const minPositionReached = BigInt(answer.body.projectedPosition) >= params.minPosition;
  return { ...answer, body: { ...answer.body, minPositionReached }, minPositionReached };
};
