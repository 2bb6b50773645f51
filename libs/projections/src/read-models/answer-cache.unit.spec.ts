import { AnswerCache } from './answer-cache';

describe('the answer cache', () => {
  const counting = () => {
    let computed = 0;
    return {
      compute: async () => ++computed,
      get computed() {
        return computed;
      },
    };
  };

  it('answers a request from an earlier one only while the read models stand where they stood', async () => {
    const cache = new AnswerCache();
    const work = counting();
    expect(await cache.answer('read_1:totals@10', 'summary', work.compute)).toBe(1);
    expect(await cache.answer('read_1:totals@10', 'summary', work.compute)).toBe(1);
    expect(await cache.answer('read_1:totals@11', 'summary', work.compute)).toBe(2);
    expect(await cache.answer('read_2:totals@11', 'summary', work.compute)).toBe(3);
    expect(await cache.answer('read_1:totals@10', 'summary', work.compute)).toBe(4); // never back
  });

  it('keeps answers to different questions apart', async () => {
    const cache = new AnswerCache();
    const work = counting();
    expect(await cache.answer('read_1:totals@10', 'summary', work.compute)).toBe(1);
    expect(await cache.answer('read_1:totals@10', 'phase/scorpion/1', work.compute)).toBe(2);
    expect(await cache.answer('read_1:totals@10', 'summary', work.compute)).toBe(1);
  });

  it('does not keep a failure', async () => {
    const cache = new AnswerCache();
    await expect(
      cache.answer('read_1:totals@10', 'phase/x/1', () => Promise.reject(new Error('404'))),
    ).rejects.toThrow('404');
    await Promise.resolve();
    expect(await cache.answer('read_1:totals@10', 'phase/x/1', async () => 'found')).toBe('found');
  });
});
