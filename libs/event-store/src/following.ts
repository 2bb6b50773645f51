import type { Position, RecordedEvent } from './port';

export type ReadAfter = (after: Position | undefined, maxCount: number) => Promise<RecordedEvent[]>;

/**
 * A pause that ends early when woken: a subscription waits between empty reads until its
 * engine says something was appended, or its poll interval passes, or it is closed.
 */
export class WakeablePause {
  private wakeUp: (() => void) | null = null;

  wake(): void {
    this.wakeUp?.();
  }

  for(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}

/**
 * Reads on from `after` in batches for as long as the subscription is open: each batch
 * as soon as it is readable, and a pause whenever there is nothing new. Both adapters'
 * subscriptions follow the store this way, so what a reader resumes from is always the
 * last position of a batch that readAll gave.
 */
export async function* readOnward(
  read: ReadAfter,
  options: { after?: Position; maxCount: number; pollIntervalMs: number },
  isClosed: () => boolean,
  pause: WakeablePause,
): AsyncGenerator<RecordedEvent[]> {
  let after = options.after;
  while (!isClosed()) {
    const batch = await read(after, options.maxCount);
    if (batch.length > 0) {
      after = batch[batch.length - 1].position;
      yield batch;
      continue;
    }
    await pause.for(options.pollIntervalMs);
  }
}
