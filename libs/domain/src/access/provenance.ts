import type { Actor } from './actor';

/** Who asked for a change, and in answer to what: carried into every event's metadata. */
export interface Provenance {
  actor: Actor;
  /** Ties together everything one request (or one import) caused. */
  correlationId: string;
  /** The command that caused the events. */
  causationId: string;
  now: Date;
  /**
   * Set only for the demo region's seed: its events say they are made-up figures, so the
   * dashboard can say so whoever the demo's writes are recorded as made by.
   */
  origin?: 'demo';
}
