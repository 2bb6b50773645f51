import { OperationGates } from './operation-gates';

/** A piece of work that runs until released, saying when it started. */
const held = (log: string[], name: string) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const work = async () => {
    log.push(`${name} started`);
    await released;
    log.push(`${name} done`);
  };
  return { work, release };
};

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('OperationGates', () => {
  it('lets an operation’s entries be written side by side', async () => {
    const gates = new OperationGates();
    const log: string[] = [];
    const [a, b] = [held(log, 'a'), held(log, 'b')];
    const both = Promise.all([
      gates.entries('scorpion', a.work),
      gates.entries('scorpion', b.work),
    ]);
    await settle();
    expect(log).toEqual(['a started', 'b started']);
    a.release();
    b.release();
    await both;
  });

  it('holds a phase decision until the entries under way have landed, and new entries until it has', async () => {
    const gates = new OperationGates();
    const log: string[] = [];
    const [entry, close, later] = [held(log, 'entry'), held(log, 'close'), held(log, 'later')];
    const all = [
      gates.entries('scorpion', entry.work),
      gates.phases('scorpion', close.work),
      gates.entries('scorpion', later.work),
    ];
    await settle();
    expect(log).toEqual(['entry started']);
    entry.release();
    await settle();
    expect(log).toEqual(['entry started', 'entry done', 'close started']);
    close.release();
    await settle();
    expect(log.slice(-2)).toEqual(['close done', 'later started']);
    later.release();
    await Promise.all(all);
  });

  it('keeps operations apart: another operation’s entries do not wait', async () => {
    const gates = new OperationGates();
    const log: string[] = [];
    const [close, viper] = [held(log, 'close scorpion'), held(log, 'viper entry')];
    const all = [gates.phases('scorpion', close.work), gates.entries('viper', viper.work)];
    await settle();
    expect(log).toEqual(['close scorpion started', 'viper entry started']);
    close.release();
    viper.release();
    await Promise.all(all);
  });

  it('lets the next one through when a piece of work fails', async () => {
    const gates = new OperationGates();
    await expect(
      gates.phases('scorpion', () => Promise.reject(new Error('refused'))),
    ).rejects.toThrow('refused');
    await expect(gates.entries('scorpion', async () => 'logged')).resolves.toBe('logged');
  });
});
