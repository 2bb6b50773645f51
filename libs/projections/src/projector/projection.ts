import {
  ENTRY_LOGGED_TYPES,
  type EntryEvent,
  type EVENT_TYPES,
  type OperationEvent,
  type PopulationEstimated,
} from '@ros/domain';
import type { RecordedEvent } from '@ros/event-store';

/** A transaction on one generation of the read models. */
export interface ProjectionContext {
  /** The generation's schema: qualify every table with it. */
  schema: string;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * True while a rebuild fills a generation that nobody reads until it is switched to:
   * a projection may then put off what it can derive from its own rows in one pass at the
   * end (completeDeferred) instead of keeping it up to date batch by batch.
   */
  deferred?: boolean;
}

/** Every event the domain writes, by its type (the domain's EVENT_TYPES). */
export type DomainEvent = OperationEvent | EntryEvent | PopulationEstimated;
export type DomainEventType = (typeof EVENT_TYPES)[number];

export const ENTRY_EVENT_TYPES: EntryEvent['type'][] = [
  ...ENTRY_LOGGED_TYPES,
  'EntryCorrected',
  'EntryRetracted',
];

/** An event as read from the store, typed as the domain event it is. */
export type Projected<E extends DomainEvent = DomainEvent> = E extends DomainEvent
  ? Omit<RecordedEvent, 'type' | 'data'> & E
  : never;

/**
 * Turns events into read-model rows. It receives only the events of the types it
 * `handles`, typed. `apply` runs inside the projector's transaction, which also moves the
 * projection's checkpoint (past the events it does not handle too): both commit, or neither.
 */
export interface Projection<E extends DomainEvent = DomainEvent> {
  readonly name: string;
  readonly handles: readonly E['type'][];
  apply(events: Projected<E>[], db: ProjectionContext): Promise<void>;
  /** Makes what `apply` put off while `deferred`, from the rows it wrote: once, at the end. */
  completeDeferred?(db: ProjectionContext): Promise<void>;
}

/** An event a projection cannot apply: it is parked with this error, not retried. */
export class PoisonEvent extends Error {}
