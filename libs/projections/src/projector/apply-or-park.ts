import type { EntityManager } from 'typeorm';
import { PoisonEvent, type Projected, type Projection, type ProjectionContext } from './projection';

const inSavepoint = async (tx: EntityManager, name: string, work: () => Promise<void>) => {
  await tx.query(`SAVEPOINT ${name}`);
  try {
    await work();
    await tx.query(`RELEASE SAVEPOINT ${name}`);
  } catch (error) {
    await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
    throw error;
  }
};

/**
 * Applies a projection's events in the projector's transaction: the whole batch at once;
 * if it fails, event by event, parking the ones that fail so the others still count. A
 * savepoint each keeps one projection's failure from undoing another's rows.
 */
export const applyOrPark = async (
  tx: EntityManager,
  db: ProjectionContext,
  projection: Projection,
  events: Projected[],
  log?: (message: string) => void,
): Promise<void> => {
  if (events.length === 0) return; // nothing it handles: only its checkpoint moves
  const park = async (event: Projected, error: unknown) => {
    const message =
      error instanceof PoisonEvent ? error.message : `${(error as Error).message ?? error}`;
    log?.(
      `Parked event ${event.id} (${event.type}) at ${event.position} for ${projection.name}: ${message}`,
    );
    await db.query(
      `INSERT INTO ${db.schema}.parked_events (projection, position, event_id, event_type, error)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [projection.name, event.position.toString(), event.id, event.type, message],
    );
  };
  try {
    await inSavepoint(tx, 'batch', () => projection.apply(events, db));
    return;
  } catch (error) {
    if (events.length === 1) return park(events[0], error);
  }
  for (const event of events) {
    try {
      await inSavepoint(tx, 'single', () => projection.apply([event], db));
    } catch (error) {
      await park(event, error);
    }
  }
};
