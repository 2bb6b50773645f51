import { NotFound } from '@ros/domain';
import type { TotalsParams } from '../totals-params';
import type { CatalogueOperation, TotalsReader, TotalsRepository } from '../totals.repository';
import type { ProjectionProgress } from '../projection-progress';

/** Waits for read-your-writes if asked, then reads in one consistent snapshot. */
export const readTotals = async <T>(
  deps: { totals: TotalsRepository; progress: ProjectionProgress },
  params: TotalsParams,
  work: (reader: TotalsReader) => Promise<T>,
): Promise<T> => {
  await deps.progress.waitFor('totals', params.minPosition, params.waitMs);
  return deps.totals.read(work);
};

export const operationOrNotFound = async (
  reader: TotalsReader,
  id: string,
): Promise<CatalogueOperation> => {
  const operation = (await reader.operations()).find((o) => o.id === id);
  if (!operation) throw new NotFound(`Operation '${id}' is not registered (or not yet projected)`);
  return operation;
};
