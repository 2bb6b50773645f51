import type { Provenance } from '@ros/domain';
import { WrongExpectedRevision, type ExpectedRevision } from '@ros/event-store';
import { StreamCommandRunner } from './stream-command-runner';
import { StreamLocks } from './stream-locks';
import type { EventStream } from './stream-repository';

const provenance: Provenance = {
  actor: { username: 'ada', role: 'admin', force: null },
  correlationId: 'c',
  causationId: 'c',
  now: new Date(),
};

/** A stream of numbers in memory; its state is their list. `interloper` appends first once. */
const numbers = (interloper?: number) => {
  const stored: number[] = [];
  const revisionOf = (): ExpectedRevision =>
    stored.length ? BigInt(stored.length - 1) : 'no_stream';
  const stream: EventStream<number[], number> = {
    name: 'numbers',
    load: async () => ({
      state: [...stored],
      revision: revisionOf(),
      position: null,
      landings: new Map(),
    }),
    append: async (events, expected) => {
      if (interloper !== undefined) {
        stored.push(interloper);
        interloper = undefined;
      }
      if (expected !== revisionOf()) throw new WrongExpectedRevision('numbers', expected, 0n);
      stored.push(...events);
      return { position: String(stored.length * 10), revision: stored.length - 1 };
    },
    fold: (state, events) => [...state, ...events],
  };
  return { stream, stored };
};

const runner = () => new StreamCommandRunner(new StreamLocks());
/** Appends the next number unless it is there already. */
const next = (n: number) => (state: number[]) => (state.includes(n) ? [] : [n]);

describe('the stream command runner', () => {
  it('appends what is decided, and answers the new state and where it landed', async () => {
    const { stream, stored } = numbers();
    expect(await runner().handle(stream, next(1), provenance)).toEqual({
      outcome: 'created',
      state: [1],
      events: [1],
      landed: { position: '10', revision: 0 },
    });
    expect(stored).toEqual([1]);
  });

  it('appends nothing for a repeat, and answers the stream as read', async () => {
    const { stream } = numbers();
    await runner().handle(stream, next(1), provenance);
    const repeat = await runner().handle(stream, next(1), provenance);
    expect(repeat).toMatchObject({ outcome: 'repeated', state: [1], read: { revision: 0n } });
  });

  it('decides again on what another writer appended first', async () => {
    const { stream, stored } = numbers(7);
    const decide = jest.fn(next(1));
    await runner().handle(stream, decide, provenance);
    expect(decide.mock.calls.map(([state]) => state)).toEqual([[], [7]]);
    expect(stored).toEqual([7, 1]);
  });

  it('queues commands on one stream, so each reads what the one before appended', async () => {
    const { stream, stored } = numbers();
    const shared = runner();
    const decide = jest.fn(next(1));
    const [first, second] = await Promise.all([
      shared.handle(stream, decide, provenance),
      shared.handle(stream, decide, provenance),
    ]);
    expect([first.outcome, second.outcome]).toEqual(['created', 'repeated']);
    expect(decide).toHaveBeenCalledTimes(2); // no conflict, so no decision made again
    expect(stored).toEqual([1]);
  });
});
