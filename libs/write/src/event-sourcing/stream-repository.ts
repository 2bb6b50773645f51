import type { EventStore, ExpectedRevision, RecordedEvent } from '@ros/event-store';
import type { Recorded } from '@ros/domain';

export interface Loaded<State> {
  state: State;
  /** What to expect when appending next: the stream's last revision, or no_stream. */
  revision: ExpectedRevision;
  /** The global position of the stream's last event; null when there is none. */
  position: string | null;
}

const MAX_CACHED_STREAMS = 10_000;

/**
 * Loads a stream's state by folding its events with the domain's evolve. States are
 * immutable, so the last one folded is kept and only newer events are read next time;
 * the store stays the only source of truth (a stale cache just reads a longer tail).
 */
export class StreamRepository<State, Event> {
  private readonly cache = new Map<string, { state: State; revision: bigint; position: string }>();

  constructor(
    private readonly store: EventStore,
    private readonly initialState: () => State,
    private readonly evolve: (state: State, event: Event, recorded: Recorded) => State,
  ) {}

  async load(streamName: string): Promise<Loaded<State>> {
    const cached = this.cache.get(streamName);
    const fromRevision = cached ? cached.revision + 1n : 0n;
    const events = await this.store.readStream(streamName, { fromRevision });
    if (!cached && events.length === 0)
      return { state: this.initialState(), revision: 'no_stream', position: null };
    const state = events.reduce(
      (current, event) => this.evolve(current, asDomainEvent<Event>(event), recordedOf(event)),
      cached ? cached.state : this.initialState(),
    );
    const last = events[events.length - 1];
    const revision = last ? last.revision : cached!.revision;
    const position = last ? last.position.toString() : cached!.position;
    this.remember(streamName, { state, revision, position });
    return { state, revision, position };
  }

  private remember(
    streamName: string,
    loaded: { state: State; revision: bigint; position: string },
  ): void {
    this.cache.delete(streamName);
    this.cache.set(streamName, loaded);
    if (this.cache.size > MAX_CACHED_STREAMS) this.cache.delete(this.cache.keys().next().value!);
  }
}

export const recordedOf = (event: RecordedEvent): Recorded => ({
  position: event.position.toString(),
  revision: Number(event.revision),
});

/** Events in the store were written by this domain (and upcast on read): their shape is its own. */
const asDomainEvent = <Event>(event: RecordedEvent): Event =>
  ({ type: event.type, data: event.data }) as Event;
