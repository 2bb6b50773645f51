/**
 * Wakes subscriptions (postgres-subscription.ts) once appends have committed.
 *
 * The NOTIFY is sent after the append's transaction, not in it: PostgreSQL holds one
 * lock per database from a notifying transaction's pre-commit until its commit is done
 * (so that notifications queue in commit order), which makes every appending
 * transaction wait for the previous one's WAL flush: concurrent appends could no longer
 * share a flush (measured: 32 writers on their own streams ran 2.9x slower with it).
 *
 * At most one NOTIFY is in flight; appends that commit while it is sent ask for one more
 * after it, so every commit is followed by a notification sent after it, and a burst of
 * appends costs one or two. A notification is only a wake-up: a lost one (a crash after
 * the commit) delays a subscription to its next poll, never loses an event.
 */
export class CommitNotifier {
  private sending: Promise<void> | null = null;
  private again = false;

  constructor(private readonly notify: () => Promise<unknown>) {}

  /** Call after an append has committed; does not wait for the notification. */
  committed(): void {
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = this.send();
  }

  /** Resolves once every commit announced so far has been notified (or failed to be). */
  async idle(): Promise<void> {
    while (this.sending) await this.sending;
  }

  private async send(): Promise<void> {
    try {
      do {
        this.again = false;
        // A failed wake-up only leaves subscriptions to their polling.
        await this.notify().catch(() => undefined);
      } while (this.again);
    } finally {
      this.sending = null;
    }
  }
}
