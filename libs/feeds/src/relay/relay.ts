import type { Position, RecordedEvent } from '@ros/event-store';
import { cloudEventOf } from '../envelope/cloud-event';
import { nrcuShareOf } from '../nrcu/nrcu-share';
import type { EventSource, FeedMessage, Publisher, RelayCheckpoint } from './relay-ports';
import { EVENTS_TOPIC, NRCU_TOPIC } from './topics';

export interface RelayOptions {
  batchSize?: number;
  idleMs?: number;
  log?: (message: string) => void;
}

/** Every event to the events topic; Ragwort's entries, reduced, to the NRCU topic too. */
export const messagesOf = (events: RecordedEvent[]): FeedMessage[] =>
  events.flatMap((event) => {
    const messages: FeedMessage[] = [
      { topic: EVENTS_TOPIC, key: event.streamName, event: cloudEventOf(event) },
    ];
    const shared = nrcuShareOf(event);
    if (shared) messages.push({ topic: NRCU_TOPIC, key: event.streamName, event: shared });
    return messages;
  });

/**
 * Carries the events to other systems: reads a batch after its checkpoint, publishes it,
 * and moves the checkpoint only once the broker has acknowledged the whole batch. A crash
 * in between publishes that batch again (at least once): consumers drop a CloudEvent
 * whose id they have seen. Batches go one at a time and keep the store's order, so the
 * events of a stream (one key, one partition) arrive in order.
 */
export class Relay {
  private running = false;
  private stopped?: Promise<void>;
  private state: 'off' | 'running' | 'failing' = 'off';
  private lastError?: string;
  private wake?: () => void;
  /** Where this relay stands: read from the checkpoint once, then kept as it moves. */
  private position?: Position | null;

  constructor(
    private readonly source: EventSource,
    private readonly publisher: Publisher,
    private readonly checkpoint: RelayCheckpoint,
    private readonly options: RelayOptions = {},
  ) {}

  /** Publishes one batch; returns how many events it carried. */
  async relayOnce(): Promise<number> {
    if (this.position === undefined) this.position = await this.checkpoint.load();
    const events = await this.source.readAll({
      after: this.position ?? undefined,
      maxCount: this.options.batchSize ?? 500,
    });
    if (events.length === 0) return 0;
    await this.publisher.publish(messagesOf(events));
    const last = events[events.length - 1].position;
    await this.checkpoint.save(last);
    this.position = last;
    return events.length;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.state = 'running';
    this.stopped = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.stopped;
    this.state = 'off';
  }

  health(): { state: 'off' | 'running' | 'failing'; lastError?: string } {
    return { state: this.state, ...(this.lastError && { lastError: this.lastError }) };
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const relayed = await this.relayOnce();
        failures = 0;
        this.state = 'running';
        this.lastError = undefined;
        if (relayed === 0) await this.pause(this.options.idleMs ?? 200);
      } catch (error) {
        failures++;
        this.state = 'failing';
        this.lastError = (error as Error).message;
        this.options.log?.(
          `The relay could not publish (attempt ${failures}), it will try again: ${this.lastError}`,
        );
        await this.pause(Math.min(30_000, 100 * 2 ** failures));
      }
    }
  }

  /** Waits, unless stop() comes first. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
