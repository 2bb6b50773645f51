import type { TotalsRepository } from '@ros/projections';
import { driftBetween } from './drift';
import { figuresFor, populationDayOf } from './figures';
import type { PublicationView } from './publication.answers';
import type { PublicationRecord } from './publication.record';

/** Published figures as frozen, each with its drift: what today's data tells differently. */
export const withDrift = (
  totals: TotalsRepository,
  found: { view: PublicationView; record: PublicationRecord }[],
): Promise<PublicationView[]> =>
  totals.read((read, catalogue) =>
    Promise.all(
      found.map(async ({ view, record }) => ({
        ...view,
        drift: driftBetween(
          record.figures,
          await figuresFor(
            read,
            catalogue,
            record.scope,
            populationDayOf(record.scope, record.publishedAt),
          ),
        ),
      })),
    ),
  );
