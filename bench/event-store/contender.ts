/**
 * What the event-store comparison asks of each store: the same work through each one's
 * own public API. `Expected` is the store's own token for an expected revision/version.
 */
export interface Contender {
  name: string;
  /** Appends events; `expected` undefined means "the stream must not exist yet". Returns the next expected token. */
  append(stream: string, events: BenchEvent[], expected?: unknown): Promise<unknown>;
  /** A stream's events; their number. */
  readStream(stream: string): Promise<number>;
  /** Every event from the start in batches of 1,000, as a catching-up reader does; their number. */
  readAll(): Promise<number>;
  /**
   * Follows the global order from now with the store's own catch-up reader (ours: its
   * subscription; Emmett: its message batch puller) until `done` says stop. Resolves once
   * "now" is fixed (so nothing written after it is missed by the harness), with every id
   * read, in order, to come.
   */
  follow(done: (idsSoFar: string[]) => boolean): Promise<{ ids: Promise<string[]> }>;
  close(): Promise<void>;
}

/** An event shaped like an entry logged, with the id the comparison counts by. */
export interface BenchEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export const benchEvent = (stream: string): BenchEvent => {
  const id = crypto.randomUUID();
  return {
    id,
    type: 'ArrestMade',
    data: {
      benchId: id,
      operation: 'scorpion',
      phase: 5,
      entryId: id,
      force: 'dorset',
      count: 1,
      occurredAt: new Date().toISOString(),
      stream,
    },
    metadata: {
      schemaVersion: 1,
      correlationId: crypto.randomUUID(),
      causationId: crypto.randomUUID(),
      actor: { username: 'bench-dorset', role: 'coordinator', force: 'dorset' },
    },
  };
};
