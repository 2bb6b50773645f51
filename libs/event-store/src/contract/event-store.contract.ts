import { randomUUID } from 'node:crypto';
import {
  DuplicateEventId,
  WrongExpectedRevision,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  type StreamAppendOutcome,
} from '../port';
import type { Upcaster } from '../upcasting';

/** Holds an append's transaction open just before it commits, until released. */
export interface Stall {
  reached: Promise<void>;
  release(): void;
}

export interface EventStoreHarness {
  /** A store over an empty event log. */
  create(options?: { upcasters?: Upcaster[] }): Promise<EventStore>;
  /**
   * A store whose next append to `streamName` stalls before it commits. Adapters whose
   * engine orders events at commit time (EventStoreDB) cannot stall; they leave this out.
   */
  createStalling?(streamName: string): Promise<{ store: EventStore; stall: Stall }>;
  /** Stores events as an older version of the software wrote them (schema v1). */
  writeOldEvent?(store: EventStore, streamName: string, event: EventToAppend): Promise<void>;
  /**
   * Whether an event id is refused in a second stream. PostgreSQL's events table keeps
   * each id once; EventStoreDB only deduplicates within a stream, so an adapter for it
   * must keep entry ids unique another way (e.g. a reservation stream per entry id).
   */
  uniqueIdsAcrossStreams: boolean;
}

export const anEvent = (
  type = 'SomethingHappened',
  data: Record<string, unknown> = {},
): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: { schemaVersion: 1, recordedBy: 'contract-suite' },
});

const stream = (category = 'contract') => `${category}-${randomUUID()}`;
const positions = (events: RecordedEvent[]) => events.map((e) => e.position);
const isAscending = (values: bigint[]) => values.every((v, i) => i === 0 || values[i - 1] < v);

/** Where an append's events landed, without whether they were stored now or before. */
const landed = ({ nextExpectedRevision, positions }: AppendResult): AppendResult => ({
  nextExpectedRevision,
  positions,
});

/** What `read` gives once `enough` says so, or what it gives after 5 s. */
const eventually = async <T>(read: () => Promise<T>, enough: (value: T) => boolean): Promise<T> => {
  const until = Date.now() + 5000;
  for (let value = await read(); ; value = await read()) {
    if (enough(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Reads everything after `after`, page by page, as a checkpointing reader would. */
const readAllAfter = async (store: EventStore, after?: bigint): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after, maxCount: 100 });
    if (page.length === 0) return all;
    all.push(...page);
    after = page[page.length - 1].position;
  }
};

/** The behaviour every adapter of the event store port must show. */
export const eventStoreContract = (harness: () => EventStoreHarness) => {
  let store: EventStore;
  beforeEach(async () => {
    store = await harness().create();
  });
  afterEach(async () => {
    await store.close();
  });

  describe('appending and reading a stream', () => {
    it('appends to a new stream and reads the events back in order', async () => {
      const name = stream();
      const events = [anEvent('A', { n: 1 }), anEvent('B', { n: 2 })];
      const result = await store.appendToStream(name, events, { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(1n);
      expect(result.positions).toHaveLength(2);
      const read = await store.readStream(name);
      expect(read.map((e) => [e.id, e.type, e.data, e.revision])).toEqual([
        [events[0].id, 'A', { n: 1 }, 0n],
        [events[1].id, 'B', { n: 2 }, 1n],
      ]);
      expect(read[0].metadata).toEqual(events[0].metadata);
      expect(positions(read)).toEqual(result.positions);
      expect(read[0].recordedAt).toBeInstanceOf(Date);
    });

    it('reads a stream that does not exist as empty', async () => {
      expect(await store.readStream(stream())).toEqual([]);
    });

    it('reads a stream from a revision', async () => {
      const name = stream();
      await store.appendToStream(name, [anEvent(), anEvent(), anEvent()], {
        expectedRevision: 'no_stream',
      });
      expect((await store.readStream(name, { fromRevision: 1n })).map((e) => e.revision)).toEqual([
        1n,
        2n,
      ]);
    });
  });

  describe('optimistic concurrency', () => {
    it('appends at the expected revision and refuses any other', async () => {
      const name = stream();
      await store.appendToStream(name, [anEvent()], { expectedRevision: 'no_stream' });
      await store.appendToStream(name, [anEvent()], { expectedRevision: 0n });
      const refused = store.appendToStream(name, [anEvent()], { expectedRevision: 0n });
      await expect(refused).rejects.toBeInstanceOf(WrongExpectedRevision);
      await expect(refused).rejects.toMatchObject({ actual: 1n, expected: 0n });
      expect(await store.readStream(name)).toHaveLength(2);
    });

    it('refuses no_stream for a stream that exists, and stream_exists for one that does not', async () => {
      const name = stream();
      await store.appendToStream(name, [anEvent()], { expectedRevision: 'no_stream' });
      await expect(
        store.appendToStream(name, [anEvent()], { expectedRevision: 'no_stream' }),
      ).rejects.toBeInstanceOf(WrongExpectedRevision);
      await expect(
        store.appendToStream(stream(), [anEvent()], { expectedRevision: 'stream_exists' }),
      ).rejects.toMatchObject({ actual: 'no_stream' });
    });

    it('appends whatever the revision with any', async () => {
      const name = stream();
      await store.appendToStream(name, [anEvent()], { expectedRevision: 'any' });
      const second = await store.appendToStream(name, [anEvent()], { expectedRevision: 'any' });
      expect(second.nextExpectedRevision).toBe(1n);
    });

    it('stores each of 50 concurrent appends to one stream exactly once, retrying on conflict', async () => {
      const name = stream();
      const events = Array.from({ length: 50 }, (_, i) => anEvent('Counted', { i }));
      await Promise.all(
        events.map(async (event) => {
          for (;;) {
            const current = await store.readStream(name);
            const expectedRevision = current.length
              ? current[current.length - 1].revision
              : 'no_stream';
            try {
              return await store.appendToStream(name, [event], { expectedRevision });
            } catch (error) {
              if (!(error instanceof WrongExpectedRevision)) throw error;
              await new Promise((r) => setTimeout(r, Math.random() * 20));
            }
          }
        }),
      );
      const read = await store.readStream(name);
      expect(read.map((e) => e.revision)).toEqual(events.map((_, i) => BigInt(i)));
      expect(new Set(read.map((e) => e.id))).toEqual(new Set(events.map((e) => e.id)));
      expect(isAscending(positions(read))).toBe(true);
    }, 30_000);
  });

  describe('idempotency by event id', () => {
    it('answers a retried append with the first result and stores nothing twice', async () => {
      const name = stream();
      const events = [anEvent(), anEvent()];
      const first = await store.appendToStream(name, events, { expectedRevision: 'no_stream' });
      const retry = await store.appendToStream(name, events, { expectedRevision: 'no_stream' });
      expect(first.alreadyStored).toBeUndefined();
      expect(landed(retry)).toEqual(first);
      expect(await store.readStream(name)).toHaveLength(2);
    });

    it('refuses an event id already stored in another stream', async () => {
      if (!harness().uniqueIdsAcrossStreams) return; // see EventStoreHarness
      const event = anEvent();
      await store.appendToStream(stream(), [event], { expectedRevision: 'no_stream' });
      const other = stream();
      await expect(
        store.appendToStream(other, [event], { expectedRevision: 'no_stream' }),
      ).rejects.toBeInstanceOf(DuplicateEventId);
      expect(await store.readStream(other)).toEqual([]);
    });

    it('keeps an entry once in the whole store: its stream is created once, with no_stream', async () => {
      // How entry ids stay unique on every adapter, EventStoreDB's included: an entry has
      // a stream of its own, named by its id, and only its first append may create it.
      const entryId = randomUUID();
      const name = `entry-${entryId}`;
      const logged = { ...anEvent('EntryLogged', { count: 1 }), id: entryId };
      const first = await store.appendToStream(name, [logged], { expectedRevision: 'no_stream' });
      const retried = await store.appendToStream(name, [logged], { expectedRevision: 'no_stream' });
      expect(landed(retried)).toEqual(first);
      const other = { ...anEvent('EntryLogged', { count: 9 }), id: randomUUID() };
      await expect(
        store.appendToStream(name, [other], { expectedRevision: 'no_stream' }),
      ).rejects.toBeInstanceOf(WrongExpectedRevision);
      // Another process logging the same id with other details is not told it was stored
      // (the id already used, or the stream moved on: either way the writer reads again).
      const sameIdOtherDetails = { ...anEvent('EntryLogged', { count: 9 }), id: entryId };
      const refusal = await store
        .appendToStream(name, [sameIdOtherDetails], { expectedRevision: 'no_stream' })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(refusal instanceof WrongExpectedRevision || refusal instanceof DuplicateEventId).toBe(
        true,
      );
      expect((await store.readStream(name)).map((e) => [e.id, e.data])).toEqual([
        [entryId, { count: 1 }],
      ]);
    });
  });

  describe('appending to many streams at once', () => {
    const appended = (outcome: StreamAppendOutcome) => {
      if (!('appended' in outcome)) throw outcome.refused;
      return outcome.appended;
    };

    it('appends to each stream as single appends would, in one order', async () => {
      const start = await store.headPosition();
      const [a, b, c] = [stream(), stream(), stream()];
      await store.appendToStream(c, [anEvent('C0')], { expectedRevision: 'no_stream' });
      const outcomes = await store.appendToStreams([
        { streamName: a, events: [anEvent('A0'), anEvent('A1')], expectedRevision: 'no_stream' },
        { streamName: b, events: [anEvent('B0')], expectedRevision: 'any' },
        { streamName: c, events: [anEvent('C1')], expectedRevision: 0n },
      ]);
      expect(outcomes.map((outcome) => outcome.streamName)).toEqual([a, b, c]);
      expect(outcomes.map((outcome) => appended(outcome).nextExpectedRevision)).toEqual([
        1n,
        0n,
        1n,
      ]);
      const read = await store.readStreams([a, b, c].map((streamName) => ({ streamName })));
      expect([...read.values()].map((events) => events.map((e) => e.type))).toEqual([
        ['A0', 'A1'],
        ['B0'],
        ['C0', 'C1'],
      ]);
      // Each outcome's positions are where its events are read, in one global order.
      for (const [k, name] of [a, b, c].entries())
        expect(positions(read.get(name)!).slice(-appended(outcomes[k]).positions.length)).toEqual(
          appended(outcomes[k]).positions,
        );
      const all = (await readAllAfter(store, start ?? undefined)).map((e) => e.type);
      expect(all.filter((type) => type !== 'C0')).toEqual(['A0', 'A1', 'B0', 'C1']);
    });

    it('refuses only the append whose stream moved on, and stores the others', async () => {
      const [taken, fresh] = [stream(), stream()];
      await store.appendToStream(taken, [anEvent('T0')], { expectedRevision: 'no_stream' });
      const [refused, stored] = await store.appendToStreams([
        { streamName: taken, events: [anEvent('T1')], expectedRevision: 'no_stream' },
        { streamName: fresh, events: [anEvent('F0')], expectedRevision: 'no_stream' },
      ]);
      expect('refused' in refused && refused.refused).toBeInstanceOf(WrongExpectedRevision);
      expect(appended(stored).nextExpectedRevision).toBe(0n);
      const read = await store.readStreams([{ streamName: taken }, { streamName: fresh }]);
      expect(read.get(taken)!.map((e) => e.type)).toEqual(['T0']);
      expect(read.get(fresh)!.map((e) => e.type)).toEqual(['F0']);
    });

    it('answers a retried call with the first results and stores nothing twice', async () => {
      const appends = [
        { streamName: stream(), events: [anEvent('A0')], expectedRevision: 'no_stream' as const },
        { streamName: stream(), events: [anEvent('B0')], expectedRevision: 'no_stream' as const },
      ];
      const first = await store.appendToStreams(appends);
      const retried = await store.appendToStreams(appends);
      expect(
        retried.map((o) => ('appended' in o ? { ...o, appended: landed(o.appended) } : o)),
      ).toEqual(first);
      const read = await store.readStreams(appends.map(({ streamName }) => ({ streamName })));
      expect([...read.values()].map((events) => events.length)).toEqual([1, 1]);
    });

    it('refuses an event id stored in another stream, and stores the others', async () => {
      if (!harness().uniqueIdsAcrossStreams) return; // see EventStoreHarness
      const event = anEvent();
      await store.appendToStream(stream(), [event], { expectedRevision: 'no_stream' });
      const [other, fresh] = [stream(), stream()];
      const [refused, stored] = await store.appendToStreams([
        { streamName: other, events: [event], expectedRevision: 'no_stream' },
        { streamName: fresh, events: [anEvent()], expectedRevision: 'no_stream' },
      ]);
      expect('refused' in refused && refused.refused).toBeInstanceOf(DuplicateEventId);
      expect(appended(stored).positions).toHaveLength(1);
      expect(await store.readStream(other)).toEqual([]);
    });

    it('takes each stream once per call, and nothing for nothing', async () => {
      const name = stream();
      await expect(
        store.appendToStreams([
          { streamName: name, events: [anEvent()], expectedRevision: 'any' },
          { streamName: name, events: [anEvent()], expectedRevision: 'any' },
        ]),
      ).rejects.toThrow(/at most once/);
      expect(await store.readStream(name)).toEqual([]);
      expect(await store.appendToStreams([])).toEqual([]);
    });

    it('reads several streams at once, each from its revision, and one that does not exist as empty', async () => {
      const [a, b, none] = [stream(), stream(), stream()];
      await store.appendToStream(a, [anEvent('A0'), anEvent('A1'), anEvent('A2')], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream(b, [anEvent('B0')], { expectedRevision: 'no_stream' });
      const read = await store.readStreams([
        { streamName: a, fromRevision: 1n },
        { streamName: none },
        { streamName: b },
      ]);
      expect([...read].map(([name, events]) => [name, events.map((e) => e.type)])).toEqual([
        [a, ['A1', 'A2']],
        [none, []],
        [b, ['B0']],
      ]);
      await expect(store.readStreams([{ streamName: a }, { streamName: a }])).rejects.toThrow(
        /at most once/,
      );
    });
  });

  describe('the global order', () => {
    it('reads all streams in one order that agrees with each stream', async () => {
      const start = await store.headPosition();
      const [a, b] = [stream(), stream()];
      await store.appendToStream(a, [anEvent('A0')], { expectedRevision: 'no_stream' });
      await store.appendToStream(b, [anEvent('B0'), anEvent('B1')], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream(a, [anEvent('A1')], { expectedRevision: 0n });
      const all = (await readAllAfter(store, start ?? undefined)).filter((e) =>
        [a, b].includes(e.streamName),
      );
      expect(all.map((e) => e.type)).toEqual(['A0', 'B0', 'B1', 'A1']);
      expect(isAscending(positions(all))).toBe(true);
      expect(await store.headPosition()).toBe(all[all.length - 1].position);
    });

    it('counts every acknowledged append in committedHead', async () => {
      const name = stream();
      const { positions: appended } = await store.appendToStream(name, [anEvent(), anEvent()], {
        expectedRevision: 'no_stream',
      });
      const head = await store.committedHead();
      expect(head).not.toBeNull();
      expect(head!).toBeGreaterThanOrEqual(appended[1]);
    });

    it('reads after a position, exclusive, and at most maxCount', async () => {
      const name = stream();
      await store.appendToStream(name, [anEvent(), anEvent(), anEvent()], {
        expectedRevision: 'no_stream',
      });
      const [first, second] = await store.readStream(name);
      const page = await store.readAll({ after: first.position, maxCount: 1 });
      expect(page.map((e) => e.id)).toEqual([second.id]);
    });

    it('reads one category of streams', async () => {
      const category = `cat${randomUUID().slice(0, 8)}`;
      await store.appendToStream(stream(category), [anEvent('X')], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream(stream(), [anEvent('Y')], { expectedRevision: 'no_stream' });
      await store.appendToStream(stream(category), [anEvent('Z')], {
        expectedRevision: 'no_stream',
      });
      // EventStoreDB's category streams are written by a projection, moments after.
      const read = async () => (await store.readCategory(category)).map((e) => e.type);
      expect(await eventually(read, (types) => types.length >= 2)).toEqual(['X', 'Z']);
    });

    it('never lets a checkpointing reader skip an event whose append commits late', async () => {
      const h = harness();
      if (!h.createStalling) return; // this engine orders events when they commit
      const late = stream();
      const { store: stalling, stall } = await h.createStalling(late);
      try {
        const checkpoint = (await stalling.headPosition()) ?? undefined;
        const lateAppend = stalling.appendToStream(late, [anEvent('Late')], {
          expectedRevision: 'no_stream',
        });
        await stall.reached; // its transaction is open, its position already taken
        const early = stream();
        await stalling.appendToStream(early, [anEvent('CommittedFirst')], {
          expectedRevision: 'no_stream',
        });

        const seenWhileOpen = await readAllAfter(stalling, checkpoint);
        // Committed, so counted by committedHead even while the open append holds it back.
        const [committedFirst] = await stalling.readStream(early);
        expect(await stalling.committedHead()).toBeGreaterThanOrEqual(committedFirst.position);
        stall.release();
        await lateAppend;
        const last = seenWhileOpen.length
          ? seenWhileOpen[seenWhileOpen.length - 1].position
          : checkpoint;
        const seenAfter = await readAllAfter(stalling, last);

        const seen = [...seenWhileOpen, ...seenAfter].filter((e) =>
          [late, early].includes(e.streamName),
        );
        expect(seen.map((e) => e.type).sort()).toEqual(['CommittedFirst', 'Late']);
      } finally {
        stall.release();
        await stalling.close();
      }
    });
  });

  describe('subscribing', () => {
    it('catches up from a position, then delivers new events as they are appended', async () => {
      const name = stream();
      // A position the store gave: on EventStoreDB one that is not an event's own is refused.
      const start = (await store.headPosition()) ?? undefined;
      await store.appendToStream(name, [anEvent('Before')], { expectedRevision: 'no_stream' });
      const subscription = store.subscribeToAll({ after: start });
      const received: string[] = [];
      const consumed = (async () => {
        for await (const batch of subscription) {
          received.push(...batch.filter((e) => e.streamName === name).map((e) => e.type));
          if (received.length === 3) await subscription.close();
        }
      })();
      await new Promise((r) => setTimeout(r, 50));
      await store.appendToStream(name, [anEvent('After1')], { expectedRevision: 0n });
      await store.appendToStream(name, [anEvent('After2')], { expectedRevision: 1n });
      await consumed;
      expect(received).toEqual(['Before', 'After1', 'After2']);
    });
  });

  describe('upcasting', () => {
    it('reads an event written under schema v1 as v2', async () => {
      const h = harness();
      const upcasters: Upcaster[] = [
        {
          type: 'Renamed',
          fromVersion: 1,
          upcast: ({ old, ...rest }) => ({ ...rest, renamed: old }),
        },
      ];
      const upcasting = await h.create({ upcasters });
      try {
        const name = stream();
        const start = (await upcasting.headPosition()) ?? undefined;
        const v1 = anEvent('Renamed', { old: 42, kept: true });
        if (h.writeOldEvent) await h.writeOldEvent(upcasting, name, v1);
        else await upcasting.appendToStream(name, [v1], { expectedRevision: 'no_stream' });
        const [fromStream] = await upcasting.readStream(name);
        expect(fromStream.data).toEqual({ renamed: 42, kept: true });
        expect(fromStream.metadata.schemaVersion).toBe(2);
        const fromAll = (await readAllAfter(upcasting, start)).filter((e) => e.streamName === name);
        expect(fromAll.map((e) => e.data)).toEqual([{ renamed: 42, kept: true }]);
      } finally {
        await upcasting.close();
      }
    });
  });
};
