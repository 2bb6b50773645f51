import type { Actor } from './actor';

/** Who asked for a change, and in answer to what: carried into every event's metadata. */
export interface Provenance {
  actor: Actor;
  /** Ties together everything one request (or one import) caused. */
  correlationId: string;
  /** The command that caused the events. */
  causationId: string;
  now: Date;
}
