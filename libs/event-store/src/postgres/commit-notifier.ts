/**
 * Wakes subscriptions (postgres-subscription.ts) once appends have committed.
 *
 * The NOTIFY is sent after the append's transaction, not in it: PostgreSQL holds one
 * lock per database from a notifying transaction's pre-commit until its commit is done
 * (so that notifications queue in commit order), which makes every appending
 * transaction wait for the previous one's WAL flush: concurrent appends could no longer
 * share a flush (measured: 32 writers on their own streams ran 2.9x slower with it).
 *
 * One NOTIFY at a time, at most one per `minIntervalMs`: a commit made while one is in
 * flight or waiting for its turn is announced by the next, which starts after it. So
 * every commit is followed by a notification sent after it, within about `minIntervalMs`,
 * and a stream of appends costs a few notifications a second rather than one each (a
 * notification per append cost a single writer about a third of its appends a second).
 * A notification is only a wake-up: a lost one (a crash right after the commit) delays a
 * subscription to its next poll, never loses an event.
 */
export class CommitNotifier {
  private pending = false;
  private running: Promise<void> | null = null;
  private lastSentAt = -Infinity;

  constructor(
    private readonly notify: () => Promise<unknown>,
    private readonly minIntervalMs = 10,
  ) {}

  /** Call after an append has committed; does not wait for the notification. */
  committed(): void {
    this.pending = true;
    this.running ??= this.run();
  }

  /** Resolves once every commit announced so far has been notified (or failed to be). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    try {
      while (this.pending) {
        const wait = this.lastSentAt + this.minIntervalMs - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        this.pending = false; // commits from here on wait for the next round
        this.lastSentAt = performance.now();
        // A failed wake-up only leaves subscriptions to their polling.
        await this.notify().catch(() => undefined);
      }
    } finally {
      this.running = null;
    }
  }
}
