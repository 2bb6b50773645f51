import { api, unwrap } from '../../api/client';
import { afterPosition } from '../../api/read-your-writes';
import type { components } from '../../api/schema';

export type Estimate = components['schemas']['EstimatePopulationInput'] & {
  force: components['schemas']['ForcePopulation']['id'];
};

/**
 * PUT /api/forces/:force/population, then waits until the read side has counted it: the
 * forces list has no `minPosition`, but the summary does, and the projections move in step.
 */
export const estimatePopulation = async ({ force, ...body }: Estimate) => {
  const receipt = unwrap(
    await api.PUT('/api/forces/{force}/population', { params: { path: { force } }, body }),
  );
  await api.GET('/api/summary', {
    params: { query: afterPosition(receipt.position) },
    headers: { accept: 'application/json' },
  });
  return receipt;
};
