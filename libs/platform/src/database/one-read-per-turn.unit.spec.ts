import { onePerTurn, oneReadPerTurn } from './one-read-per-turn';

describe('one read per turn of the event loop', () => {
  const counting = () => {
    const reads: string[][] = [];
    const read = oneReadPerTurn<string, string>(
      async (keys) => {
        reads.push([...keys]);
        return keys.map((key) => `${key} at read ${reads.length}`);
      },
      (key) => key,
    );
    return { reads, read };
  };

  it('answers the requests of one turn with one read, each key asked once', async () => {
    const { reads, read } = counting();
    const answers = await Promise.all(['a', 'b', 'a'].map(read));
    expect(reads).toEqual([['a', 'b']]);
    expect(answers).toEqual(['a at read 1', 'b at read 1', 'a at read 1']);
  });

  it('keeps nothing: a request of a later turn gets a read of its own', async () => {
    const { reads, read } = counting();
    await read('a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await read('a')).toBe('a at read 2');
    expect(reads).toEqual([['a'], ['a']]);
  });

  it('never answers a request with a read sent before it was asked', async () => {
    const { reads, read } = counting();
    const first = read('a');
    await new Promise((resolve) => setImmediate(resolve)); // the first read is under way
    const second = read('a');
    expect(await first).toBe('a at read 1');
    expect(await second).toBe('a at read 2');
    expect(reads).toHaveLength(2);
  });
});

describe('one call per turn', () => {
  it('fails only the keys its call says fail', async () => {
    const call = onePerTurn<number, number>(async (keys) =>
      keys.map((key) => (key < 0 ? new Error(`${key} refused`) : key * 2)),
    );
    const answers = await Promise.allSettled([call(1), call(-1), call(2)]);
    expect(answers).toEqual([
      { status: 'fulfilled', value: 2 },
      { status: 'rejected', reason: new Error('-1 refused') },
      { status: 'fulfilled', value: 4 },
    ]);
  });
});
