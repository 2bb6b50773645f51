import { Client } from 'pg';
import type { Position, RecordedEvent, Subscription } from '../port';

export const EVENTS_CHANNEL = 'ros_events';

interface Options {
  after?: Position;
  maxCount: number;
  pollIntervalMs: number;
}

/**
 * Catches up from a position in batches, then follows new events: woken by a NOTIFY
 * the store sends after appends commit (commit-notifier.ts), and polling as well, because an event may become
 * readable only when some other transaction (one that sends no NOTIFY) ends.
 */
export class PostgresSubscription implements Subscription {
  private closed = false;
  private wake: (() => void) | null = null;
  private listener?: Client;

  constructor(
    private readonly connectionString: string,
    private readonly read: (
      after: Position | undefined,
      maxCount: number,
    ) => Promise<RecordedEvent[]>,
    private readonly options: Options,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent[]> {
    await this.listen();
    let after = this.options.after;
    try {
      while (!this.closed) {
        const batch = await this.read(after, this.options.maxCount);
        if (batch.length > 0) {
          after = batch[batch.length - 1].position;
          yield batch;
          continue;
        }
        await this.sleep();
      }
    } finally {
      await this.unlisten();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollIntervalMs);
      this.wake = done;
    });
  }

  private async listen(): Promise<void> {
    this.listener = new Client({ connectionString: this.connectionString });
    this.listener.on('notification', () => this.wake?.());
    // A lost listener only slows the subscription down to its polling pace.
    this.listener.on('error', () => undefined);
    await this.listener.connect();
    await this.listener.query(`LISTEN ${EVENTS_CHANNEL}`);
  }

  private async unlisten(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }
}
