import { NotFound } from '@ros/domain';
import type { TotalsParams } from '../totals-params';
import type { CatalogueOperation, TotalsReader, TotalsRepository } from '../totals.repository';
import type { ProjectionProgress } from '../projection-progress';
import type { TotalsAnswer } from './totals-answer';

/**
 * Waits for read-your-writes if asked, then reads in one consistent snapshot, and says
 * whether that snapshot reached the position asked for.
 */
export const readTotals = async (
  deps: { totals: TotalsRepository; progress: ProjectionProgress },
  params: TotalsParams,
  work: (reader: TotalsReader) => Promise<TotalsAnswer<{ projectedPosition: string }>>,
): Promise<TotalsAnswer> => {
  await deps.progress.waitFor('totals', params.minPosition, params.waitMs);
  const answer = await deps.totals.read(work);
  if (params.minPosition === null) return answer;
  const minPositionReached = BigInt(answer.body.projectedPosition) >= params.minPosition;
  return { ...answer, body: { ...answer.body, minPositionReached }, minPositionReached };
};

export const operationOrNotFound = async (
  reader: TotalsReader,
  id: string,
): Promise<CatalogueOperation> => {
  const operation = (await reader.operations()).find((o) => o.id === id);
  if (!operation) throw new NotFound(`Operation '${id}' is not registered (or not yet projected)`);
  return operation;
};
