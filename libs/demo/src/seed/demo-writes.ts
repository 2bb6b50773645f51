import { randomUUID } from 'node:crypto';
import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Actor, Provenance } from '@ros/domain';

/** Who the demo's writes are recorded as made by: every event says `recordedBy: 'demo'`. */
export const DEMO_ACTOR: Actor = { username: 'demo', role: 'admin', force: null };

/** What the seed writes through: the same buses, commands and handlers as the API. */
export interface DemoWrites {
  commands: CommandBus;
  queries: QueryBus;
  /** Waits until every read model includes the event at `position`; throws if they do not. */
  readModelsReach(position: bigint): Promise<void>;
  /** The event store's last position: what a run appended is what lies beyond it. */
  headPosition(): Promise<bigint | null>;
}

/** A provenance for one command of a seed run; the run's commands share a correlation id. */
export const demoProvenance = (correlationId: string): Provenance => ({
  actor: DEMO_ACTOR,
  correlationId,
  causationId: randomUUID(),
  now: new Date(),
  origin: 'demo',
});

/** What one run did, to say so. */
export interface SeedTally {
  operations: number;
  phasesOpened: number;
  phasesClosed: number;
  entries: number;
  corrections: number;
  retractions: number;
  publications: number;
  users: number;
}

export const emptyTally = (): SeedTally => ({
  operations: 0,
  phasesOpened: 0,
  phasesClosed: 0,
  entries: 0,
  corrections: 0,
  retractions: 0,
  publications: 0,
  users: 0,
});
