import type { RecordedEvent } from '@ros/event-store';

/** A transaction on one generation of the read models. */
export interface ProjectionContext {
  /** The generation's schema: qualify every table with it. */
  schema: string;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * Turns events into read-model rows. `apply` runs inside the projector's transaction,
 * which also moves the projection's checkpoint: both commit, or neither does.
 */
export interface Projection {
  readonly name: string;
  apply(events: RecordedEvent[], db: ProjectionContext): Promise<void>;
}

/** An event a projection cannot apply: it is parked with this error, not retried. */
export class PoisonEvent extends Error {}
