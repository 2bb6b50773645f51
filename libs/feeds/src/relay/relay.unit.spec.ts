import { randomUUID } from 'node:crypto';
import type { Position, RecordedEvent } from '@ros/event-store';
import type { CloudEvent } from '../envelope/cloud-event';
import { Relay } from './relay';
import type { EventSource, FeedMessage, Publisher, RelayCheckpoint } from './relay-ports';
import { EVENTS_TOPIC, NRCU_TOPIC } from './topics';

let position = 0n;
const recorded = (
  streamName: string,
  type: string,
  data: Record<string, unknown>,
): RecordedEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { schemaVersion: 1, recordedBy: 'dorset-coordinator' },
  streamName,
  revision: 0n,
  position: (position += 10n),
  recordedAt: new Date('2026-11-23T10:00:00Z'),
});

/** The log as a store holds it: readAll after a position, at most maxCount. */
const logOf = (events: RecordedEvent[]): EventSource => ({
  readAll: async ({ after, maxCount }) =>
    events.filter((e) => after === undefined || e.position > after).slice(0, maxCount),
});

class Broker implements Publisher {
  readonly received: FeedMessage[] = [];
  failNext = false;
  async publish(messages: FeedMessage[]): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('broker unavailable');
    }
    this.received.push(...messages);
  }
  on(topic: string): CloudEvent[] {
    return this.received.filter((m) => m.topic === topic).map((m) => m.event);
  }
}

/** A broker that takes a batch and never answers (kafkajs retrying forever), until told. */
class SilentBroker extends Broker {
  silent = true;
  readonly attempts: { ids: string[]; abandoned?: AbortSignal }[] = [];
  override async publish(messages: FeedMessage[], abandoned?: AbortSignal): Promise<void> {
    const ids = messages.filter((m) => m.topic === EVENTS_TOPIC).map((m) => m.event.id);
    this.attempts.push({ ids, abandoned });
    if (this.silent) return new Promise<void>(() => undefined);
    return super.publish(messages);
  }
}

const until = async (condition: () => boolean, withinMs = 1000) => {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not so within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

class Checkpoint implements RelayCheckpoint {
  saved: Position | null = null;
  saves: Position[] = [];
  async load() {
    return this.saved;
  }
  async save(at: Position) {
    this.saved = at;
    this.saves.push(at);
  }
}

const entry = (operation: string, stream: string, extra: Record<string, unknown> = {}) =>
  recorded(stream, 'ArrestMade', {
    entryId: randomUUID(),
    operation,
    phase: 1,
    force: 'dorset',
    occurredAt: '2026-11-20T10:00:00.000Z',
    count: 2,
    notes: 'Arrested at the farm gate',
    ...extra,
  });

describe('the relay', () => {
  it('publishes every event in the store’s order, keyed by its stream, so each stream keeps its order', async () => {
    const events = [
      entry('scorpion', 'entry-a'),
      entry('scorpion', 'entry-b'),
      recorded('entry-a', 'EntryRetracted', {
        entryId: 'a',
        operation: 'scorpion',
        phase: 1,
        force: 'dorset',
        reason: 'logged twice',
      }),
      entry('scorpion', 'entry-b'),
    ];
    const broker = new Broker();
    const relay = new Relay(logOf(events), broker, new Checkpoint(), { batchSize: 3 });
    while ((await relay.relayOnce()) > 0);
    const published = broker.received.filter((m) => m.topic === EVENTS_TOPIC);
    expect(published.map((m) => m.event.id)).toEqual(events.map((e) => e.id));
    for (const stream of ['entry-a', 'entry-b']) {
      const ofStream = published.filter((m) => m.key === stream).map((m) => m.event.position);
      expect(ofStream).toEqual([...ofStream].sort((x, y) => Number(BigInt(x) - BigInt(y))));
      expect(
        published.filter((m) => m.key === stream).every((m) => m.event.subject === stream),
      ).toBe(true);
    }
  });

  it('moves its checkpoint only after the broker has acknowledged the batch', async () => {
    const events = [entry('scorpion', 'entry-a'), entry('scorpion', 'entry-b')];
    const broker = new Broker();
    const checkpoint = new Checkpoint();
    const relay = new Relay(logOf(events), broker, checkpoint);
    broker.failNext = true;
    await expect(relay.relayOnce()).rejects.toThrow('broker unavailable');
    expect(checkpoint.saved).toBeNull();
    expect(await relay.relayOnce()).toBe(2);
    expect(checkpoint.saved).toBe(events[1].position);
    expect(await relay.relayOnce()).toBe(0);
  });

  it('after a crash between the ack and the checkpoint, publishes the batch again under the same ids', async () => {
    const events = [entry('scorpion', 'entry-a'), entry('ragwort', 'entry-b')];
    const broker = new Broker();
    const lost: RelayCheckpoint = {
      load: async () => null,
      save: async () => {
        throw new Error('the process died before the checkpoint was written');
      },
    };
    await expect(new Relay(logOf(events), broker, lost).relayOnce()).rejects.toThrow('died');
    // The restarted relay reads from the checkpoint it has: the batch goes again.
    await new Relay(logOf(events), broker, new Checkpoint()).relayOnce();
    const ids = broker.on(EVENTS_TOPIC).map((e) => e.id);
    expect(ids).toEqual([...events.map((e) => e.id), ...events.map((e) => e.id)]);
    // A consumer that drops ids it has seen gets each event exactly once.
    expect([...new Set(ids)]).toEqual(events.map((e) => e.id));
    expect(new Set(broker.on(NRCU_TOPIC).map((e) => e.id))).toEqual(new Set([events[1].id]));
  });

  it('says in its health whether it is publishing or failing, and stops when asked', async () => {
    const broker = new Broker();
    broker.failNext = true;
    const relay = new Relay(logOf([entry('scorpion', 'entry-a')]), broker, new Checkpoint(), {
      idleMs: 5,
    });
    expect(relay.health()).toEqual({ state: 'off' });
    relay.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(relay.health()).toMatchObject({ state: 'failing', lastError: 'broker unavailable' });
    await new Promise((r) => setTimeout(r, 300));
    expect(relay.health()).toEqual({ state: 'running' });
    expect(broker.on(EVENTS_TOPIC)).toHaveLength(1);
    await relay.stop();
    expect(relay.health()).toEqual({ state: 'off' });
  });

  it('gives up on a batch the broker does not acknowledge in time: failing, nothing checkpointed, and the same batch sent again once it answers', async () => {
    const events = [entry('scorpion', 'entry-a'), entry('ragwort', 'entry-b')];
    const broker = new SilentBroker();
    const checkpoint = new Checkpoint();
    const relay = new Relay(logOf(events), broker, checkpoint, { publishTimeoutMs: 30, idleMs: 5 });
    relay.start();
    await until(() => relay.health().state === 'failing');
    expect(relay.health().lastError).toMatch(
      /^Kafka has not acknowledged a batch of 2 events within 0\.03 s \(KAFKA_PUBLISH_TIMEOUT_MS\).*will be sent again$/,
    );
    expect(checkpoint.saves).toEqual([]);
    expect(broker.attempts[0].abandoned?.aborted).toBe(true);

    broker.silent = false;
    await until(() => checkpoint.saved === events[1].position);
    expect(relay.health()).toEqual({ state: 'running' });
    const batch = events.map((e) => e.id);
    expect(broker.attempts.map((a) => a.ids)).toEqual(broker.attempts.map(() => batch));
    expect(broker.attempts.at(-1)!.abandoned?.aborted).toBe(false);
    expect(broker.on(EVENTS_TOPIC).map((e) => e.id)).toEqual(batch);
    expect(checkpoint.saves).toEqual([events[1].position]);
    await relay.stop();
  });

  it('stops at once while the broker sits on a batch, without waiting out the timeout or checkpointing', async () => {
    const broker = new SilentBroker();
    const checkpoint = new Checkpoint();
    const log = jest.fn();
    const relay = new Relay(logOf([entry('scorpion', 'entry-a')]), broker, checkpoint, { log });
    relay.start();
    await until(() => broker.attempts.length === 1);
    const asked = Date.now();
    await relay.stop();
    expect(Date.now() - asked).toBeLessThan(100);
    expect(relay.health()).toEqual({ state: 'off' });
    expect(broker.attempts[0].abandoned?.aborted).toBe(true);
    expect(checkpoint.saves).toEqual([]);
    expect(log).not.toHaveBeenCalled();
  });

  it('while idle, checks now and then that Kafka and its topics are there, and says in its health when not', async () => {
    const broker = new Broker();
    const check = jest
      .fn<Promise<void>, []>()
      .mockRejectedValueOnce(new Error('Kafka (kafka:9092) has no topic ringofsteel.events.v1'))
      .mockResolvedValue(undefined);
    const relay = new Relay(logOf([]), Object.assign(broker, { check }), new Checkpoint(), {
      idleMs: 5,
      checkEveryMs: 10_000,
    });
    relay.start();
    await until(() => relay.health().state === 'failing');
    expect(relay.health().lastError).toBe('Kafka (kafka:9092) has no topic ringofsteel.events.v1');
    await until(() => relay.health().state === 'running');
    // Idle ticks every 5 ms, but the broker is asked again only after checkEveryMs.
    await new Promise((r) => setTimeout(r, 50));
    expect(check).toHaveBeenCalledTimes(2);
    await relay.stop();
  });

  it('stops at once while a check of the broker goes unanswered', async () => {
    const check = jest.fn(() => new Promise<void>(() => undefined));
    const relay = new Relay(logOf([]), Object.assign(new Broker(), { check }), new Checkpoint());
    relay.start();
    await until(() => check.mock.calls.length === 1);
    const asked = Date.now();
    await relay.stop();
    expect(Date.now() - asked).toBeLessThan(100);
    expect(relay.health()).toEqual({ state: 'off' });
  });
});
