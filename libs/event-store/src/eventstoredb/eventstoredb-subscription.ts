import { END, excludeSystemEvents, type EventStoreDBClient } from '@eventstore/db-client';
import { readOnward, WakeablePause, type ReadAfter } from '../following';
import type { Position, RecordedEvent, Subscription } from '../port';
import { backoffMs } from './backoff';

interface LiveFeedState {
  state: 'connecting' | 'live' | 'reconnecting' | 'closed';
  /** Why the feed last dropped, while it is reconnecting. */
  lastError?: string;
  attempts: number;
}

const STAYED_UP_MS = 30_000;

interface Options {
  after?: Position;
  maxCount: number;
  pollIntervalMs: number;
  onClosed: () => void;
}

/**
 * Catches up from a checkpoint by reading `$all` in whole appends (the store's readAll),
 * then follows new events. A live subscription to `$all`, filtered to non-system events,
 * wakes it as soon as anything is appended; when that feed drops it is opened again with
 * a growing pause (backoff.ts), and meanwhile the reader still polls, so a dropped feed
 * only slows it down. What it yields always comes from readAll, so resuming from the last
 * position of a batch never skips or repeats an event.
 */
export class EventStoreDbSubscription implements Subscription {
  private closed = false;
  private readonly pause = new WakeablePause();
  private feed?: { unsubscribe(): Promise<void> };
  private retry?: NodeJS.Timeout;
  private feedState: LiveFeedState = { state: 'connecting', attempts: 0 };
  private liveSince?: number;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly read: ReadAfter,
    private readonly options: Options,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent[]> {
    this.openFeed();
    try {
      yield* readOnward(this.read, this.options, () => this.closed, this.pause);
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed && this.feedState.state === 'closed') return;
    this.closed = true;
    clearTimeout(this.retry);
    this.feedState = { state: 'closed', attempts: 0 };
    this.pause.wake();
    await this.feed?.unsubscribe().catch(() => undefined);
    this.feed = undefined;
    this.options.onClosed();
  }

  private openFeed(): void {
    if (this.closed) return;
    const feed = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    this.feed = feed;
    feed.on('confirmation', () => {
      this.feedState = { state: 'live', attempts: this.feedState.attempts };
      this.liveSince = Date.now();
    });
    feed.on('data', () => this.pause.wake());
    feed.on('error', (error: Error) => this.feedDropped(error.message));
    feed.on('end', () => this.feedDropped('the server ended the subscription'));
  }

  private feedDropped(reason: string): void {
    if (this.closed || this.feedState.state === 'reconnecting') return;
    // A node that confirms and drops at once (overloaded, restarting) keeps its back-off:
    // only a feed that stayed up a while starts again from the shortest pause.
    const stayedUp = this.liveSince !== undefined && Date.now() - this.liveSince >= STAYED_UP_MS;
    const attempts = (stayedUp ? 0 : this.feedState.attempts) + 1;
    this.liveSince = undefined;
    this.feedState = { state: 'reconnecting', lastError: reason, attempts };
    this.retry = setTimeout(() => {
      this.feedState = { ...this.feedState, state: 'connecting' };
      this.openFeed();
    }, backoffMs(attempts));
  }
}
