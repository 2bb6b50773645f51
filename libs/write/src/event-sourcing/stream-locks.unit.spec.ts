import { StreamLocks } from './stream-locks';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('stream locks', () => {
  it('runs work on one stream one at a time, in arrival order, whatever fails', async () => {
    const locks = new StreamLocks();
    const log: string[] = [];
    const work =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      locks.run('s', work('a')),
      locks.run('s', work('b', true)),
      locks.run('s', work('c')),
    ]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('lets different streams run side by side', async () => {
    const locks = new StreamLocks();
    const log: string[] = [];
    const work = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
    };
    await Promise.all([locks.run('dorset', work('a')), locks.run('wiltshire', work('b'))]);
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
  });
});
