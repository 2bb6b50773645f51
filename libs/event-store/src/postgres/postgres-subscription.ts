import { Client } from 'pg';
import { readOnward, WakeablePause, type ReadAfter } from '../following';
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
  private readonly pause = new WakeablePause();
  private listener?: Client;

  constructor(
    private readonly connectionString: string,
    private readonly read: ReadAfter,
    private readonly options: Options,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent[]> {
    await this.listen();
    try {
      yield* readOnward(this.read, this.options, () => this.closed, this.pause);
    } finally {
      await this.unlisten();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.pause.wake();
  }

  private async listen(): Promise<void> {
    this.listener = new Client({ connectionString: this.connectionString });
    this.listener.on('notification', () => this.pause.wake());
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
