import { EntryLogProjection } from './entry-log/entry-log.projection';
import type { Projection } from './projector/projection';
import { TotalsProjection } from './totals/totals.projection';

/** Every projection the projector runs. */
export const createProjections = (): Projection[] => [
  new TotalsProjection(),
  new EntryLogProjection(),
];
export const PROJECTION_NAMES = createProjections().map((p) => p.name);
