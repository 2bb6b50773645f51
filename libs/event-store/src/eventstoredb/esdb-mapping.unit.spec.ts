import { randomUUID } from 'node:crypto';
import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
} from '@eventstore/db-client';
import { WrongExpectedRevision, type RecordedEvent } from '../port';
import { backoffMs } from './backoff';
import {
  esdbExpectedRevisionOf,
  firstRevisionAfter,
  isStreamNotFound,
  pageEnd,
  portErrorOf,
  portEventOf,
  readFromAfter,
  sameEvents,
  type Committed,
} from './esdb-mapping';

const resolved = (
  streamId: string,
  type: string,
  position: { commit: bigint; prepare: bigint },
  isJson = true,
): AllStreamResolvedEvent =>
  ({
    event: {
      streamId,
      id: randomUUID(),
      isJson,
      revision: 3n,
      type,
      created: new Date('2026-11-23T10:00:00Z'),
      data: { count: 2 },
      metadata: { schemaVersion: 1, origin: 'demo' },
      position,
    },
  }) as AllStreamResolvedEvent;

/** Events of appends given by their commit positions, e.g. [10, 10, 30]. */
const appends = (...commits: number[]): Committed[] =>
  commits.map((commit, i) => ({
    commit: BigInt(commit),
    event: { position: BigInt(commit + i) } as RecordedEvent,
  }));

describe('EventStoreDB mapping', () => {
  it('maps each expected revision to the client’s', () => {
    expect(esdbExpectedRevisionOf('no_stream')).toBe(NO_STREAM);
    expect(esdbExpectedRevisionOf('stream_exists')).toBe(STREAM_EXISTS);
    expect(esdbExpectedRevisionOf('any')).toBe(ANY);
    expect(esdbExpectedRevisionOf(7n)).toBe(7n);
  });

  it('turns a wrong expected version into the port’s error, with the actual revision', () => {
    const error = new WrongExpectedVersionError(undefined, {
      streamName: 'entry-1',
      expected: NO_STREAM,
      current: 0n,
    });
    const mapped = portErrorOf(error, 'entry-1', 'no_stream');
    expect(mapped).toBeInstanceOf(WrongExpectedRevision);
    expect(mapped).toMatchObject({ streamName: 'entry-1', expected: 'no_stream', actual: 0n });
    const missing = portErrorOf(
      new WrongExpectedVersionError(undefined, {
        streamName: 'entry-2',
        expected: 4n,
        current: NO_STREAM,
      }),
      'entry-2',
      4n,
    );
    expect(missing).toMatchObject({ expected: 4n, actual: 'no_stream' });
  });

  it('passes on any other error as it is, and knows a missing stream', () => {
    const other = new Error('connection refused');
    expect(portErrorOf(other, 's', 'any')).toBe(other);
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'entry-3'))).toBe(true);
    expect(isStreamNotFound(other)).toBe(false);
  });

  it('reads an event with its data, metadata, revision and prepare position', () => {
    const event = portEventOf(resolved('entry-9', 'EntryLogged', { commit: 100n, prepare: 140n }));
    expect(event).toMatchObject({
      streamName: 'entry-9',
      type: 'EntryLogged',
      revision: 3n,
      position: 140n,
      data: { count: 2 },
      metadata: { schemaVersion: 1, origin: 'demo' },
      recordedAt: new Date('2026-11-23T10:00:00Z'),
    });
  });

  it('leaves out system events, system streams and events that are not JSON', () => {
    expect(portEventOf(resolved('$stats-1', 'Stats', { commit: 1n, prepare: 1n }))).toBeNull();
    expect(portEventOf(resolved('entry-1', '$metadata', { commit: 1n, prepare: 1n }))).toBeNull();
    expect(portEventOf(resolved('entry-1', 'Blob', { commit: 1n, prepare: 1n }, false))).toBeNull();
    expect(portEventOf({} as AllStreamResolvedEvent)).toBeNull();
  });

  it('resumes reading at the position it was given', () => {
    expect(readFromAfter(140n)).toEqual({ commit: 140n, prepare: 140n });
  });

  describe('pages end at the end of an append', () => {
    it('gives everything read when the end of the log was reached', () => {
      expect(pageEnd(appends(10, 10, 30), 5, true)).toBe(3);
    });

    it('asks to read on when the page is not full and the log goes on', () => {
      expect(pageEnd(appends(10, 10), 5, false)).toBe('need-more');
    });

    it('stops a full page where an append ends', () => {
      expect(pageEnd(appends(10, 20, 30, 40), 2, false)).toBe(2);
    });

    it('holds back an append the page would cut in two', () => {
      expect(pageEnd(appends(10, 20, 20, 20, 50), 2, false)).toBe(1);
    });

    it('gives a whole append larger than a page, reading on until it ends', () => {
      expect(pageEnd(appends(10, 10, 10, 10, 50), 2, false)).toBe(4);
      expect(pageEnd(appends(10, 10, 10), 2, false)).toBe('need-more');
      expect(pageEnd(appends(10, 10, 10), 2, true)).toBe(3);
    });
  });

  describe('an append read back is the one sent', () => {
    const sent = { id: randomUUID(), type: 'EntryLogged', metadata: { schemaVersion: 1 } };
    const stored = (data: Record<string, unknown>) =>
      [{ id: sent.id, type: sent.type, data }] as RecordedEvent[];

    it('when its data is what JSON keeps of what was sent (undefined fields, dates)', () => {
      const at = new Date('2026-11-23T10:00:00Z');
      const data = { count: 2, notes: undefined, at };
      expect(sameEvents(stored({ count: 2, at: at.toISOString() }), [{ ...sent, data }])).toBe(
        true,
      );
    });

    it('not when another writer stored other data under the same id', () => {
      expect(sameEvents(stored({ count: 3 }), [{ ...sent, data: { count: 2 } }])).toBe(false);
      expect(
        sameEvents(stored({ count: 2 }), [{ ...sent, id: randomUUID(), data: { count: 2 } }]),
      ).toBe(false);
    });
  });

  describe('where a category read after a position starts', () => {
    /** A category stream whose links point at events at these positions (null: unreadable). */
    const linking = (positions: (number | null)[]) => {
      const probes: bigint[] = [];
      const positionAt = async (revision: bigint) => {
        probes.push(revision);
        const position = positions[Number(revision)];
        return position === null ? null : BigInt(position);
      };
      return { last: BigInt(positions.length - 1), positionAt, probes };
    };

    it.each([
      [5, 0n],
      [10, 1n],
      [25, 2n],
      [39, 3n],
      [40, null],
    ])('after %i: revision %p', async (after, expected) => {
      const { last, positionAt } = linking([10, 20, 30, 40]);
      expect(await firstRevisionAfter(last, positionAt, BigInt(after))).toBe(expected);
    });

    it('reads about log2(n) links, not every earlier one', async () => {
      const { last, positionAt, probes } = linking(
        Array.from({ length: 100_000 }, (_, i) => 10 * i),
      );
      expect(await firstRevisionAfter(last, positionAt, 654_321n)).toBe(65_433n);
      expect(probes.length).toBeLessThanOrEqual(17);
    });

    it('starts early, never late, at a link it cannot read', async () => {
      const { last, positionAt } = linking([10, null, 30, 40]);
      const start = await firstRevisionAfter(last, positionAt, 30n);
      expect(start).not.toBeNull();
      expect(start!).toBeLessThanOrEqual(3n);
    });
  });

  it('reopens a dropped feed after a doubling pause, at most 30 s', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([100, 200, 400, 800]);
    expect(backoffMs(20)).toBe(30_000);
  });
});
