import type { Provenance } from '@ros/domain';
import { onePerTurn, oneReadPerTurn } from '@ros/platform';
import {
  WrongExpectedRevision,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type RecordedEvent,
  type StreamAppend,
  type StreamAppendOutcome,
  type StreamRead,
} from '@ros/event-store';
import { toEventToAppend } from './envelope';

/** Where an event sits in the store: its global position, and its revision in its stream. */
export interface Landing {
  position: string;
  revision: number;
}

/** Where the events about one thing of a stream (an entry) first and last landed. */
export interface Landings {
  first: Landing;
  last: Landing;
}

export interface Loaded<State> {
  state: State;
  /** What to expect when appending next: the stream's last revision, or no_stream. */
  revision: ExpectedRevision;
  /** The global position of the stream's last event; null when there is none. */
  position: string | null;
  /** By what its events are about (see keyOf): kept beside the state, which knows no store. */
  landings: ReadonlyMap<string, Landings>;
}

/** One stream, as a command is carried out on it (see StreamCommandRunner). */
export interface EventStream<State, Event> {
  readonly name: string;
  load(): Promise<Loaded<State>>;
  /** Appends events decided on the state read at `expectedRevision`; says where the last landed. */
  append(
    events: Event[],
    expectedRevision: ExpectedRevision,
    provenance: Provenance,
  ): Promise<Landing>;
  /** The state after the events, as the next load will fold them. */
  fold(state: State, events: Event[]): State;
}

/** What a kind of stream adds to the plain fold and append; nothing unless given. */
export interface StreamRules<Event> {
  /** What an event is about, when the stream must say where that thing's events landed. */
  keyOf?: (event: Event) => string;
  /** The event's id in the store when a rule gives it one; random otherwise. */
  eventIdOf?: (event: Event) => string | undefined;
}

/** How a run of events is folded, when one pass over them beats evolving one at a time. */
export type Fold<State, Event> = (state: State, events: readonly Event[]) => State;

interface Cached<State> extends Loaded<State> {
  revision: bigint;
  position: string;
}

const MAX_CACHED_STREAMS = 10_000;
const NO_LANDINGS: ReadonlyMap<string, Landings> = new Map();

/**
 * Loads a stream's state by folding its events with the domain's evolve, and appends
 * to it. States are immutable, so the last one folded is kept and only newer events are
 * read next time; the store stays the only source of truth (a stale cache just reads a
 * longer tail).
 */
export class StreamRepository<State, Event extends { type: string; data: object }> {
  private readonly cache = new Map<string, Cached<State>>();

  constructor(
    private readonly store: EventStore,
    private readonly initialState: () => State,
    evolve: (state: State, event: Event) => State,
    private readonly rules: StreamRules<Event> = {},
    private readonly foldEvents: Fold<State, Event> = (state, events) =>
      events.reduce(evolve, state),
  ) {}

  /**
   * Streams read by the commands of one turn of the event loop, in one query: under load,
   * the requests logging entries of one operation read its stream together, and their
   * entries' streams together. Each is read from the earliest revision any of them asked.
   */
  private readonly readInTurn = oneReadPerTurn<StreamRead, RecordedEvent[]>(
    async (reads) => {
      const from = new Map<string, bigint>();
      for (const { streamName, fromRevision = 0n } of reads)
        from.set(streamName, min(from.get(streamName) ?? fromRevision, fromRevision));
      const read = await this.store.readStreams(
        [...from].map(([streamName, fromRevision]) => ({ streamName, fromRevision })),
      );
      return reads.map(({ streamName, fromRevision = 0n }) =>
        read.get(streamName)!.filter((event) => event.revision >= fromRevision),
      );
    },
    ({ streamName, fromRevision }) => `${streamName}@${fromRevision}`,
  );

  /**
   * The appends of one turn of the event loop in one call (appendToStreams: one statement
   * and one commit on PostgreSQL), as concurrent commands already share the disk's flush.
   * Each is still judged on its own and a refused one fails alone. A stream appears once
   * per turn (its commands are queued, StreamLocks); were it twice, each goes alone.
   */
  private readonly appendInTurn = onePerTurn<StreamAppend, AppendResult>(async (appends) => {
    const streams = new Set(appends.map((append) => append.streamName));
    const outcomes =
      streams.size === appends.length
        ? await this.store.appendToStreams(appends)
        : await appendEachAlone(this.store, appends);
    return outcomes.map((outcome) => ('appended' in outcome ? outcome.appended : outcome.refused));
  });

  stream(name: string): EventStream<State, Event> {
    return {
      name,
      load: () => this.load(name),
      append: (events, expectedRevision, provenance) =>
        this.append(name, events, expectedRevision, provenance),
      fold: this.foldEvents,
    };
  }

  async load(streamName: string): Promise<Loaded<State>> {
    const cached = this.cache.get(streamName);
    const fromRevision = cached ? cached.revision + 1n : 0n;
    const events = await this.readInTurn({ streamName, fromRevision });
    if (cached && events.length === 0) {
      this.remember(streamName, cached);
      return cached;
    }
    if (events.length === 0)
      return {
        state: this.initialState(),
        revision: 'no_stream',
        position: null,
        landings: NO_LANDINGS,
      };
    const domainEvents = events.map(asDomainEvent<Event>);
    const last = events[events.length - 1];
    const loaded: Cached<State> = {
      state: this.foldEvents(cached ? cached.state : this.initialState(), domainEvents),
      revision: last.revision,
      position: last.position.toString(),
      landings: this.landingsAfter(cached?.landings ?? NO_LANDINGS, domainEvents, events),
    };
    this.remember(streamName, loaded);
    return loaded;
  }

  private async append(
    streamName: string,
    events: Event[],
    expectedRevision: ExpectedRevision,
    provenance: Provenance,
  ): Promise<Landing> {
    const toAppend = events.map((event) =>
      toEventToAppend(event, provenance, this.rules.eventIdOf?.(event)),
    );
    const result = await this.appendInTurn({ streamName, events: toAppend, expectedRevision });
    // Stored a moment ago by another request that decided the same: decide again on what
    // the stream holds now, so that only the first is told it stored them.
    if (result.alreadyStored)
      throw new WrongExpectedRevision(streamName, expectedRevision, result.nextExpectedRevision);
    return landingOf(result);
  }

  private landingsAfter(
    before: ReadonlyMap<string, Landings>,
    domainEvents: Event[],
    events: RecordedEvent[],
  ): ReadonlyMap<string, Landings> {
    const { keyOf } = this.rules;
    if (!keyOf) return before;
    const landings = new Map(before);
    domainEvents.forEach((event, i) => {
      const key = keyOf(event);
      const landing = landingOfReadEvent(events[i]);
      landings.set(key, { first: landings.get(key)?.first ?? landing, last: landing });
    });
    return landings;
  }

  private remember(streamName: string, loaded: Cached<State>): void {
    this.cache.delete(streamName);
    this.cache.set(streamName, loaded);
    if (this.cache.size > MAX_CACHED_STREAMS) this.cache.delete(this.cache.keys().next().value!);
  }
}

/** Where an event read back from its stream sits. */
const landingOfReadEvent = (event: RecordedEvent): Landing => ({
  position: event.position.toString(),
  revision: Number(event.revision),
});

/** Where the last event of an append landed. */
/** Where an append's last event landed. */
export const landingOf = (result: AppendResult): Landing => ({
  position: result.positions[result.positions.length - 1].toString(),
  revision: Number(result.nextExpectedRevision),
});

/** Events in the store were written by this domain (and upcast on read): their shape is its own. */
const asDomainEvent = <Event>(event: RecordedEvent): Event =>
  ({ type: event.type, data: event.data }) as Event;

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** One appendToStreams per append, in the order given. */
const appendEachAlone = async (
  store: EventStore,
  appends: readonly StreamAppend[],
): Promise<StreamAppendOutcome[]> => {
  const outcomes: StreamAppendOutcome[] = [];
  for (const append of appends) outcomes.push(...(await store.appendToStreams([append])));
  return outcomes;
};
