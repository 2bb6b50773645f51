import { Injectable } from '@nestjs/common';
import type { Provenance } from '@ros/domain';
import { retryOnConflict } from './retry-on-conflict';
import { StreamLocks } from './stream-locks';
import type { EventStream, Landing, Loaded } from './stream-repository';

/**
 * A decision on a stream's state as read at one attempt. It may be async to read what
 * else it rests on (other streams) at that same attempt, so a retry re-reads that too.
 */
export type Decide<State, Event> = (state: State) => Event[] | Promise<Event[]>;

/** What a command did to its stream. */
export type Handled<State, Event> =
  | { outcome: 'created'; state: State; events: Event[]; landed: Landing }
  /** The command repeats what the stream holds (a client's retry): nothing was appended. */
  | { outcome: 'repeated'; state: State; read: Loaded<State> };

/**
 * The one way a command is carried out: load the stream, decide, append expecting the
 * revision that was read, and decide again on a conflict. The stream's lock is taken
 * outside the retries, so a queued command reads what the one before it appended, and
 * only another process can make it retry.
 */
@Injectable()
export class StreamCommandRunner {
  constructor(private readonly locks: StreamLocks) {}

  handle<State, Event>(
    stream: EventStream<State, Event>,
    decide: Decide<State, Event>,
    provenance: Provenance,
  ): Promise<Handled<State, Event>> {
    return this.locks.run(stream.name, () =>
      retryOnConflict(async (): Promise<Handled<State, Event>> => {
        const read = await stream.load();
        const events = await decide(read.state);
        if (events.length === 0) return { outcome: 'repeated', state: read.state, read };
        const landed = await stream.append(events, read.revision, provenance);
        return { outcome: 'created', state: stream.fold(read.state, events), events, landed };
      }),
    );
  }
}
