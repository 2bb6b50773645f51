import { CommitNotifier } from './commit-notifier';

/** A notify whose calls stay pending until released, one by one. */
const heldNotify = () => {
  const pending: (() => void)[] = [];
  let sent = 0;
  const notify = () =>
    new Promise<void>((resolve) => {
      sent++;
      pending.push(resolve);
    });
  const releaseOne = async () => {
    pending.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  return { notify, releaseOne, sent: () => sent };
};

describe('Notifying subscriptions after appends commit', () => {
  it('notifies a commit at once', async () => {
    const held = heldNotify();
    const notifier = new CommitNotifier(held.notify, 0);
    notifier.committed();
    expect(held.sent()).toBe(1);
    await held.releaseOne();
    await notifier.idle();
    expect(held.sent()).toBe(1);
  });

  it('follows commits made while a notification is in flight with one more, sent after it', async () => {
    const held = heldNotify();
    const notifier = new CommitNotifier(held.notify, 0);
    notifier.committed();
    notifier.committed();
    notifier.committed();
    expect(held.sent()).toBe(1); // the later commits may have missed this one
    await held.releaseOne();
    expect(held.sent()).toBe(2); // so one more goes, for all of them
    await held.releaseOne();
    await notifier.idle();
    expect(held.sent()).toBe(2);
  });

  it('announces the commits of an interval together, after the last of them', async () => {
    jest.useFakeTimers();
    try {
      const sentAt: number[] = [];
      const notifier = new CommitNotifier(async () => sentAt.push(performance.now()), 50);
      const started = performance.now();
      for (let i = 0; i < 5; i++) {
        notifier.committed();
        await jest.advanceTimersByTimeAsync(5);
      }
      const lastCommit = performance.now() - 5;
      await jest.advanceTimersByTimeAsync(100);
      await notifier.idle();
      expect(sentAt.map((at) => at - started)).toEqual([0, 50]);
      expect(sentAt[1]).toBeGreaterThan(lastCommit);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps notifying after a notification fails', async () => {
    let sent = 0;
    const notifier = new CommitNotifier(async () => {
      sent++;
      if (sent === 1) throw new Error('connection lost');
    }, 0);
    notifier.committed();
    await notifier.idle();
    notifier.committed();
    await notifier.idle();
    expect(sent).toBe(2);
  });
});
