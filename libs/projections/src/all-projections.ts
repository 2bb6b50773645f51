import { CatalogueProjection } from './catalogue/catalogue.projection';
import { EntryLogProjection } from './entry-log/entry-log.projection';
import type { Projection } from './projector/projection';
import { TotalsProjection } from './totals/totals.projection';

/** Every projection the projector runs. They move in step (see Projector). */
export const createProjections = (): Projection[] => [
  new TotalsProjection(),
  new CatalogueProjection(),
  new EntryLogProjection(),
];
export const PROJECTION_NAMES = createProjections().map((p) => p.name);
