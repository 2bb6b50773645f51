import type { Position, RecordedEvent } from '@ros/event-store';
import { cloudEventOf } from '../envelope/cloud-event';
import { nrcuShareOf } from '../nrcu/nrcu-share';
import type { EventSource, FeedMessage, Publisher, RelayCheckpoint } from './relay-ports';
import { EVENTS_TOPIC, NRCU_TOPIC } from './topics';

export interface RelayOptions {
  batchSize?: number;
  idleMs?: number;
  /** How long the broker may take to acknowledge a batch before the relay sends it again. */
  publishTimeoutMs?: number;
  /** While there is nothing to publish, how often to check that the broker and topics are there. */
  checkEveryMs?: number;
  log?: (message: string) => void;
}

const DEFAULT_PUBLISH_TIMEOUT_MS = 60_000;
const DEFAULT_CHECK_EVERY_MS = 30_000;
/** Long enough for kafkajs to give up connecting by itself (5 tries), and say why. */
const CHECK_TIMEOUT_MS = 20_000;

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

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
  /** Aborted by stop(), so that no wait on the broker holds a shutdown up. */
  private halt = new AbortController();
  /** When the broker last answered (a check or an acknowledged batch). */
  private brokerSeenAt = -Infinity;
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
    const timeoutMs = this.options.publishTimeoutMs ?? DEFAULT_PUBLISH_TIMEOUT_MS;
    await this.waitFor(
      (abandoned) => this.publisher.publish(messagesOf(events), abandoned),
      timeoutMs,
      () =>
        `Kafka has not acknowledged a batch of ${events.length} events within ${seconds(timeoutMs)} ` +
        '(KAFKA_PUBLISH_TIMEOUT_MS): brokers down, or too few in-sync replicas. ' +
        'Nothing was checkpointed; the batch will be sent again',
    );
    this.brokerSeenAt = Date.now();
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

  /** Returns once the loop has ended; a publish still outstanding is abandoned, not awaited. */
  async stop(): Promise<void> {
    this.running = false;
    this.halt.abort();
    this.wake?.();
    await this.stopped;
    this.halt = new AbortController();
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
        if (relayed === 0) await this.checkBroker();
        failures = 0;
        this.state = 'running';
        this.lastError = undefined;
        if (relayed === 0) await this.pause(this.options.idleMs ?? 200);
      } catch (error) {
        // Stopping: the batch in hand was abandoned, which is no failure to report.
        if (!this.running) break;
        failures++;
        this.state = 'failing';
        this.lastError = (error as Error).message;
        this.options.log?.(
          `The relay is failing (attempt ${failures}), it will try again: ${this.lastError}`,
        );
        await this.pause(Math.min(30_000, 100 * 2 ** failures));
      }
    }
  }

  /**
   * Idle, the relay would not notice the broker gone, or a topic deleted, until the next
   * event: ask now and then, so that health says so before anything waits.
   */
  private async checkBroker(): Promise<void> {
    const everyMs = this.options.checkEveryMs ?? DEFAULT_CHECK_EVERY_MS;
    if (!this.publisher.check || Date.now() - this.brokerSeenAt < everyMs) return;
    await this.waitFor(
      () => this.publisher.check!(),
      CHECK_TIMEOUT_MS,
      () => `Kafka has not answered within ${seconds(CHECK_TIMEOUT_MS)} whether its topics exist`,
    );
    this.brokerSeenAt = Date.now();
  }

  /**
   * What `work` resolves to, unless it takes longer than `timeoutMs` (then an error saying
   * so) or stop() comes first. Either way `work`'s signal is aborted and its outcome
   * ignored: it moved no checkpoint, so the batch is simply sent again.
   */
  private waitFor<T>(
    work: (abandoned: AbortSignal) => Promise<T>,
    timeoutMs: number,
    timeoutMessage: () => string,
  ): Promise<T> {
    const abandon = new AbortController();
    const halt = this.halt.signal;
    let timer: NodeJS.Timeout | undefined;
    let onHalt: (() => void) | undefined;
    const given = work(abandon.signal);
    given.catch(() => undefined); // once abandoned, its rejection is nobody's to handle
    const giveUp = new Promise<never>((_, reject) => {
      const stopWaiting = (error: Error) => {
        abandon.abort();
        reject(error);
      };
      timer = setTimeout(() => stopWaiting(new Error(timeoutMessage())), timeoutMs);
      onHalt = () => stopWaiting(new Error('The relay is stopping'));
      if (halt.aborted) onHalt();
      else halt.addEventListener('abort', onHalt, { once: true });
    });
    return Promise.race([given, giveUp]).finally(() => {
      clearTimeout(timer);
      halt.removeEventListener('abort', onHalt!);
    });
  }

  /** Waits, unless stop() comes first. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (!this.running) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
