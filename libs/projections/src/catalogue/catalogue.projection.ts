import { OPERATION_EVENT_TYPES, type OperationEvent, type PopulationEstimated } from '@ros/domain';
import type { Projected, Projection, ProjectionContext } from '../projector/projection';

type CatalogueEvent = OperationEvent | PopulationEstimated;

/**
 * The catalogue every read model is shaped by: operations, their phases, and each force's
 * population estimates (operations and estimates kept with the time they were recorded, so
 * `asOf` finds the ones known then). The projector moves it in step with the totals, so that figures and their
 * shape agree at one `projectedPosition`.
 */
export class CatalogueProjection implements Projection<CatalogueEvent> {
  readonly name = 'catalogue';
  readonly handles = [...OPERATION_EVENT_TYPES, 'PopulationEstimated' as const];

  async apply(events: Projected<CatalogueEvent>[], db: ProjectionContext): Promise<void> {
    for (const event of events) await this.applyOne(event, db);
  }

  private async applyOne(event: Projected<CatalogueEvent>, db: ProjectionContext): Promise<void> {
    const s = db.schema;
    switch (event.type) {
      case 'OperationRegistered': {
        const { operation, name, scope, forces } = event.data;
        await db.query(
          `INSERT INTO ${s}.operations (id, name, scope, forces, registered_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
          [operation, name, scope, forces, event.recordedAt.toISOString()],
        );
        return;
      }
      case 'PhaseOpened': {
        const { operation, phase, name, startsOn } = event.data;
        await db.query(
          `INSERT INTO ${s}.phases (operation, number, name, status, starts_on) VALUES ($1, $2, $3, 'open', $4)
           ON CONFLICT (operation, number) DO NOTHING`,
          [operation, phase, name, startsOn],
        );
        return;
      }
      case 'PhaseClosed':
        return setPhase(db, event.data, { status: 'closed', ends_on: event.data.endsOn });
      case 'PhaseReopened':
        return setPhase(db, event.data, { status: 'open', ends_on: null });
      case 'PhaseDatesAmended':
        return setPhase(db, event.data, {
          starts_on: event.data.startsOn,
          ends_on: event.data.endsOn,
        });
      case 'PopulationEstimated': {
        const { force, population, source, appliesFrom } = event.data;
        await db.query(
          `INSERT INTO ${s}.population_estimates (force, applies_from, population, source, recorded_at, position)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [
            force,
            appliesFrom,
            population,
            source,
            event.recordedAt.toISOString(),
            event.position.toString(),
          ],
        );
        return;
      }
    }
  }
}

const setPhase = async (
  db: ProjectionContext,
  { operation, phase }: { operation: string; phase: number },
  columns: Record<string, string | null>,
): Promise<void> => {
  const names = Object.keys(columns);
  await db.query(
    `UPDATE ${db.schema}.phases SET ${names.map((name, i) => `${name} = $${i + 3}`).join(', ')}
      WHERE operation = $1 AND number = $2`,
    [operation, phase, ...Object.values(columns)],
  );
};
